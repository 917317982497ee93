package io.github.camelelevenlabs.client;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An account's concurrency without configuration: the smallest plan's until ElevenLabs says, then the plan's, and
 * backing off when the account is full anyway.
 */
class PlanConcurrencyTest {

    private static ApiResponse answer(int status, String maximum, String body) {
        return answer(status, maximum, null, body);
    }

    private static ApiResponse answer(int status, String maximum, String current, String body) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (current != null) {
            headers.put("current-concurrent-requests", current);
        }
        if (maximum != null) {
            headers.put("maximum-concurrent-requests", maximum);
        }
        return ApiResponse.of(status, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    private static ApiResponse overLimit(String code, String maximum) {
        return answer(429, maximum, "{\"detail\":{\"status\":\"" + code + "\",\"message\":\"Too many\"}}");
    }

    /** Takes {@code count} places, as requests in flight do. */
    private static void inFlight(PlanConcurrency plan, int count) {
        for (int i = 0; i < count; i++) {
            plan.places().acquire(() -> { });
        }
    }

    @Test
    void beforeTheFirstAnswerTheSmallestPlansFourRequestsAreAllowed() {
        assertThat(new PlanConcurrency().limit()).isEqualTo(4);
    }

    @Test
    void theLimitFollowsThePlanEachAnswerReportsUpAndDown() {
        PlanConcurrency plan = new PlanConcurrency();

        plan.answered(answer(200, "30", "{}"));
        assertThat(plan.limit()).isEqualTo(30);
        plan.answered(answer(404, "2", "{}"));
        assertThat(plan.limit()).isEqualTo(2);
        plan.answered(answer(200, "8", "{}"));
        assertThat(plan.limit()).isEqualTo(8);
    }

    @Test
    void anAnswerWithoutAReadablePlanLeavesTheLimitAsItWas() {
        PlanConcurrency plan = new PlanConcurrency();
        plan.answered(answer(200, "10", "{}"));

        plan.answered(answer(200, null, "{}"));
        plan.answered(answer(200, "not a number", "{}"));
        plan.answered(answer(200, "0", "{}"));
        plan.answered(answer(200, "-3", "{}"));

        assertThat(plan.limit()).isEqualTo(10);
    }

    @Test
    void aRefusalAsOverTheLimitBacksOffToWhatElseWasInFlightThenEachAnswerAllowsOneMore() {
        PlanConcurrency plan = new PlanConcurrency();
        plan.answered(answer(200, "8", "{}"));
        inFlight(plan, 6);

        // the refused request is one of the six: the account is full with the other five
        plan.answered(overLimit("concurrent_limit_exceeded", "8"));
        assertThat(plan.limit()).isEqualTo(5);

        plan.answered(answer(200, "8", "{}"));
        assertThat(plan.limit()).isEqualTo(6);
        plan.answered(answer(200, "8", "{}"));
        plan.answered(answer(200, "8", "{}"));
        plan.answered(answer(200, "8", "{}"));
        assertThat(plan.limit()).as("back to the plan's, never above").isEqualTo(8);
    }

    @Test
    void afterARefusalTheLimitGrowsOnlyWhileAnswersReportRoomOnTheAccount() {
        PlanConcurrency plan = new PlanConcurrency();
        inFlight(plan, 2);
        plan.answered(overLimit("concurrent_limit_exceeded", "4"));
        assertThat(plan.limit()).isEqualTo(1);

        plan.answered(answer(200, "4", "4", "{}"));
        plan.answered(answer(200, "4", "4", "{}"));
        assertThat(plan.limit()).as("other applications hold the rest of the plan").isEqualTo(1);

        plan.answered(answer(200, "4", "2", "{}"));
        assertThat(plan.limit()).isEqualTo(2);
    }

    @Test
    void aRefusalWithNothingElseInFlightStillAllowsOneRequest() {
        PlanConcurrency plan = new PlanConcurrency();
        inFlight(plan, 1);

        plan.answered(overLimit("too_many_concurrent_requests", null));

        assertThat(plan.limit()).isEqualTo(1);
    }

    @Test
    void onlyConcurrencyRefusalsCountAsOverTheLimitNotOtherRateLimits() {
        assertThat(PlanConcurrency.isOverLimit(overLimit("concurrent_limit_exceeded", "4"))).isTrue();
        assertThat(PlanConcurrency.isOverLimit(overLimit("too_many_concurrent_requests", "4"))).isTrue();
        assertThat(PlanConcurrency.isOverLimit(answer(429, "4",
                "{\"detail\":{\"code\":\"concurrent_limit_exceeded\",\"status\":\"rate_limit_error\"}}"))).isTrue();
        assertThat(PlanConcurrency.isOverLimit(overLimit("rate_limit_exceeded", "4"))).isFalse();
        assertThat(PlanConcurrency.isOverLimit(answer(429, "4", "not json"))).isFalse();
        assertThat(PlanConcurrency.isOverLimit(answer(503, "4",
                "{\"detail\":{\"status\":\"concurrent_limit_exceeded\"}}"))).isFalse();
    }
}
