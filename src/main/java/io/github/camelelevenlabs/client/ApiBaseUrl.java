package io.github.camelelevenlabs.client;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

import io.github.camelelevenlabs.ElevenLabsRegion;
import org.apache.hc.core5.http.HttpHost;

/**
 * The base URL an endpoint calls: its region's, or the {@code baseUrl} override, checked so that the API key never
 * travels unencrypted beyond this machine.
 */
public final class ApiBaseUrl {

    private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final URI uri;

    private ApiBaseUrl(URI uri) {
        this.uri = uri;
    }

    /**
     * @throws IllegalArgumentException when the override is not an https URL (or http on a loopback host), or it
     *                                  carries credentials, a query or a fragment
     */
    public static ApiBaseUrl resolve(ElevenLabsRegion region, String override) {
        if (override == null || override.isBlank()) {
            return new ApiBaseUrl(URI.create(region.baseUrl()));
        }
        URI uri;
        try {
            uri = new URI(override.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("The baseUrl is not a valid URL: " + e.getReason(), e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !uri.isAbsolute()) {
            throw new IllegalArgumentException(
                    "The baseUrl must be an absolute URL with a host, such as https://proxy.example.com");
        }
        String origin = scheme + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException(
                    "The baseUrl for " + origin + " contains credentials: the API key is the only credential sent;"
                                               + " remove the user info from the URL");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("The baseUrl " + origin + " must not have a query or a fragment");
        }
        if (scheme.equals("http")) {
            if (!isLoopback(uri.getHost())) {
                throw new IllegalArgumentException(
                        "The baseUrl " + origin + " uses plain http, which would send the API key unencrypted. Use"
                                                   + " https; http is accepted only for a loopback host (localhost,"
                                                   + " 127.0.0.0/8, ::1)");
            }
        } else if (!scheme.equals("https")) {
            throw new IllegalArgumentException(
                    "The baseUrl " + origin + " must use https (or http for a loopback host), not '" + scheme + "'");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return new ApiBaseUrl(URI.create(origin + path));
    }

    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost")) {
            return true;
        }
        boolean ipv6Literal = h.startsWith("[") && h.endsWith("]");
        if (ipv6Literal || IPV4_LITERAL.matcher(h).matches()) {
            try {
                // a literal address is parsed, never looked up
                return InetAddress.getByName(ipv6Literal ? h.substring(1, h.length() - 1) : h).isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }
        return false;
    }

    /**
     * @return the base URL without a trailing slash, such as {@code https://api.elevenlabs.io}
     */
    URI uri() {
        return uri;
    }

    /**
     * @param  apiPath the API path, starting with '/', its segments encoded
     * @return         where a request for it goes
     */
    public RequestTarget target(String apiPath) {
        String scheme = uri.getScheme();
        int port = uri.getPort() > 0 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
        String origin = scheme + "://" + uri.getRawAuthority();
        return new RequestTarget(new HttpHost(scheme, uri.getHost(), port), origin, uri.getRawPath() + apiPath);
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}
