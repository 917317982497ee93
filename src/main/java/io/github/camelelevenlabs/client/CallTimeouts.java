package io.github.camelelevenlabs.client;

import java.util.concurrent.TimeUnit;

/**
 * The deadlines of one request, each timing one thing only, so that a failure can say which wait ran out: waiting
 * for a free connection of the pool, establishing a connection, and the exchange from the moment the request has a
 * connection to the last byte of the answer.
 *
 * @param connectionWait how long a request may wait for a free connection to its host, in milliseconds
 * @param connect        how long establishing a connection may take, in milliseconds
 * @param request        how long the exchange may take once the request has its connection, in milliseconds
 */
public record CallTimeouts(long connectionWait, long connect, long request) {

    long connectionWaitNanos() {
        return TimeUnit.MILLISECONDS.toNanos(connectionWait);
    }

    long connectNanos() {
        return TimeUnit.MILLISECONDS.toNanos(connect);
    }

    long requestNanos() {
        return TimeUnit.MILLISECONDS.toNanos(request);
    }
}
