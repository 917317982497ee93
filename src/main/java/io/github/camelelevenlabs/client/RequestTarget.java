package io.github.camelelevenlabs.client;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import org.apache.hc.core5.http.protocol.HttpProcessor;
import org.apache.hc.core5.http.protocol.HttpProcessorBuilder;
import org.apache.hc.core5.http.protocol.RequestContent;
import org.apache.hc.core5.http.protocol.RequestTargetHost;

/**
 * Where a request goes: the host, resolved once per endpoint, and the path with its segments already encoded. Kept
 * apart so that no URL is parsed per request.
 *
 * @param host   the scheme, host and port, to connect to
 * @param origin the scheme, host and port as the user wrote them, to show
 * @param path   the request path, such as {@code /v1/convai/conversations/conv_123}
 */
public record RequestTarget(HttpHost host, String origin, String path) {

    /** Who is asking, with the component's version, as ElevenLabs sees it. */
    public static final String USER_AGENT = "camel-elevenlabs/" + componentVersion();

    /** @return the request as both transports send it here: the key, what answer is wanted, and who is asking */
    BasicClassicHttpRequest request(String method, ApiKey apiKey, AnswerKind kind) {
        BasicClassicHttpRequest request = new BasicClassicHttpRequest(method, host, path);
        request.addHeader("xi-api-key", apiKey.value());
        request.addHeader("Accept", kind.accept());
        request.addHeader("User-Agent", USER_AGENT);
        return request;
    }

    /** Only Host (and Content-Length when there is a body) are added to the headers {@link #request} sets. */
    static HttpProcessor requestProcessor() {
        return HttpProcessorBuilder.create().add(new RequestTargetHost()).add(new RequestContent()).build();
    }

    private static String componentVersion() {
        try (InputStream in = RequestTarget.class.getResourceAsStream(
                "/io/github/camelelevenlabs/component-version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }

    /** @return the URL, as exceptions and logs show it */
    @Override
    public String toString() {
        return origin + path;
    }
}
