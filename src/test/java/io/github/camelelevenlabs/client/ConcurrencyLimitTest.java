package io.github.camelelevenlabs.client;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.github.camelelevenlabs.FakeElevenLabsTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConcurrencyLimitTest {

    /**
     * The callers' own threads: the common pool may have one thread on a small machine (and newer JDKs run every
     * task there), which would run the callers one after the other.
     */
    private final ExecutorService callers = Executors.newCachedThreadPool();

    @AfterEach
    void stopCallers() {
        callers.shutdownNow();
    }

    @Test
    void requestsOverTheBoundWaitAndStartInOrderAsPlacesFree() {
        ConcurrencyLimit limit = new ConcurrencyLimit(2);
        List<Integer> started = new ArrayList<>();

        for (int i = 0; i < 5; i++) {
            int request = i;
            limit.acquire(() -> started.add(request));
        }
        assertThat(started).containsExactly(0, 1);
        assertThat(limit.waiting()).isEqualTo(3);

        limit.release();
        assertThat(started).containsExactly(0, 1, 2);
        limit.release();
        limit.release();
        assertThat(started).containsExactly(0, 1, 2, 3, 4);
        assertThat(limit.maxInFlight()).isEqualTo(2);
    }

    @Test
    void aBoundBelowOneIsRefused() {
        assertThatThrownBy(() -> new ConcurrencyLimit(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void afterTheBoundIsLoweredNoNewRequestStartsUntilInFlightFallsBelowIt() {
        ConcurrencyLimit limit = new ConcurrencyLimit(4);
        List<Integer> started = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int request = i;
            limit.acquire(() -> started.add(request));
        }
        limit.updateLimit((current, inFlight) -> 2);

        limit.release();
        limit.release();
        assertThat(started).containsExactly(0, 1, 2, 3);
        limit.release();
        assertThat(started).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void aLongQueueOfRequestsThatCompleteAtOnceDoesNotOverflowTheStack() {
        ConcurrencyLimit limit = new ConcurrencyLimit(1);
        int[] completed = { 0 };
        limit.acquire(() -> { });
        for (int i = 0; i < 200_000; i++) {
            // each completes as soon as it starts, releasing its place to the next from within the start
            limit.acquire(() -> {
                completed[0]++;
                limit.release();
            });
        }

        limit.release();

        assertThat(completed[0]).isEqualTo(200_000);
        assertThat(limit.waiting()).isZero();
    }

    @Test
    void whenTheBoundRisesTheWaitingRequestsStartFirstInOrder() {
        ConcurrencyLimit limit = new ConcurrencyLimit(1);
        List<Integer> started = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int request = i;
            limit.acquire(() -> started.add(request));
        }
        assertThat(started).containsExactly(0);

        limit.updateLimit((current, inFlight) -> 4);
        limit.acquire(() -> started.add(4));

        assertThat(started).containsExactly(0, 1, 2, 3);
        assertThat(limit.waiting()).isEqualTo(1);
        limit.release();
        assertThat(started).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void aBlockingCallerWaitsItsTurnAfterTheRequestsQueuedBeforeIt() throws Exception {
        ConcurrencyLimit limit = new ConcurrencyLimit(1);
        List<String> started = new CopyOnWriteArrayList<>();
        limit.acquire(() -> started.add("first"));
        limit.acquire(() -> started.add("queued"));
        CompletableFuture<Boolean> admitted = CompletableFuture.supplyAsync(
                () -> limit.await(new CompletableFuture<>(), Long.MAX_VALUE), callers);
        FakeElevenLabsTestSupport.await("both queued", () -> limit.waiting() == 2);

        limit.release();
        assertThat(started).containsExactly("first", "queued");
        assertThat(admitted).isNotDone();
        limit.release();

        assertThat(admitted.get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(limit.maxInFlight()).isEqualTo(1);
    }

    @Test
    void aBlockingCallerThatGivesUpWaitingLeavesItsPlaceToTheNext() throws Exception {
        ConcurrencyLimit limit = new ConcurrencyLimit(1);
        limit.acquire(() -> { });
        CompletableFuture<Void> givenUp = new CompletableFuture<>();
        CompletableFuture<Boolean> admitted = CompletableFuture.supplyAsync(
                () -> limit.await(givenUp, Long.MAX_VALUE), callers);
        FakeElevenLabsTestSupport.await("the caller queued", () -> limit.waiting() == 1);

        givenUp.complete(null);
        assertThat(admitted.get(5, TimeUnit.SECONDS)).isFalse();
        limit.release();

        List<String> started = new ArrayList<>();
        limit.acquire(() -> started.add("next"));
        assertThat(started).as("the place granted to the caller that gave up was handed on").containsExactly("next");
    }

    @Test
    void aBlockingCallerThatWaitsPastItsTimeoutGetsNoPlaceAndThePlaceIsHandedOnWhenItFrees() {
        ConcurrencyLimit limit = new ConcurrencyLimit(1);
        limit.acquire(() -> { });

        boolean admitted = limit.await(new CompletableFuture<>(), TimeUnit.MILLISECONDS.toNanos(50));

        assertThat(admitted).isFalse();
        limit.release();
        List<Integer> started = new ArrayList<>();
        limit.acquire(() -> started.add(1));
        assertThat(started).as("the caller that gave up took nothing").containsExactly(1);
    }
}
