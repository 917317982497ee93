package io.github.camelelevenlabs.client;

/**
 * What a call reports as it goes, for the figures an operator watches (the endpoint's JMX attributes). Each method
 * must be quick and must not throw: it runs on the call's own threads.
 */
public interface CallObserver {

    /** Observes nothing. */
    CallObserver NONE = new CallObserver() {
    };

    /** A call starts waiting for its turn: a place under the endpoint's bound and the plan's. */
    default void waitStarted() {
    }

    /** The wait is over: the request goes out, or the call gave up waiting. */
    default void waitEnded() {
    }

    /** A request is sent. */
    default void requestSent() {
    }

    /** A request's answer (or failure) is in. */
    default void requestEnded() {
    }

    /** A request is sent again after an answer the retry policy retries (not after a refusal over the plan). */
    default void retried() {
    }

    /**
     * ElevenLabs answered 429.
     *
     * @param overPlan whether it refused the request as over the plan's concurrency ({@code concurrent_limit_exceeded})
     *                 rather than over a rate
     */
    default void refused(boolean overPlan) {
    }
}
