package io.github.camelelevenlabs;

import org.apache.hc.core5.http.HttpHost;

/**
 * Where a request goes: the host, resolved once per endpoint, and the path with its segments already encoded. Kept
 * apart so that no URL is parsed per request.
 *
 * @param host   the scheme, host and port, to connect to
 * @param origin the scheme, host and port as the user wrote them, to show
 * @param path   the request path, such as {@code /v1/convai/conversations/conv_123}
 */
record RequestTarget(HttpHost host, String origin, String path) {

    /** @return the URL, as exceptions and logs show it */
    @Override
    public String toString() {
        return origin + path;
    }
}
