package io.github.camelelevenlabs.fake;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * The project's one fake ElevenLabs API, on loopback: the tests, the examples and the demo all run against it.
 * <p>
 * It keeps a set of conversations and answers like the real service: {@code DELETE /v1/convai/conversations/{id}}
 * deletes a known conversation (200) and answers 404 {@code document_not_found} for an unknown one; {@code GET} of the
 * same path returns its details, and {@code GET .../{id}/audio} its recording ({@link #audioOf}, 404 when it has
 * none); {@code GET /v1/convai/conversations} lists them newest first, filtered, in pages
 * with a keyset cursor (deleting while paging skips nothing), or an offset cursor after {@link #useOffsetCursor()};
 * a missing or wrong
 * {@code xi-api-key} gets 401. Every answer carries a {@code request-id}. Tests stub other answers and faults on top
 * with {@link #stubFor(MappingBuilder)}, and every exchange it served can be checked against the published OpenAPI
 * with {@link #contractViolations()}.
 */
public final class FakeElevenLabs implements AutoCloseable {

    /** The key the fake accepts: distinctive, so that tests can search logs and messages for it. */
    public static final String API_KEY = "sk_fake_9f8e7d6c5b4a39281706f5e4d3c2b1a0";

    /** How long a conversation's recording is unless {@link #giveAudio} says otherwise. */
    public static final int DEFAULT_AUDIO_BYTES = 100 * 1024;

    /** The path under which conversations live. */
    private static final String CONVERSATIONS_PATH = "/v1/convai/conversations/";

    /**
     * Marks an answer that departs from the published OpenAPI on purpose (an empty 200 as the real service sends, a
     * malformed 422): its request is still checked, the answer is not.
     */
    public static final String OFF_CONTRACT_HEADER = "X-Fake-Off-Contract";

    private static final String CONVERSATIONS = "elevenlabs-conversations";

    private final Map<String, Conversation> conversations = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> deletions = new ConcurrentHashMap<>();
    /** The length of each conversation's recording that is not {@link #DEFAULT_AUDIO_BYTES}; -1 for none. */
    private final Map<String, Integer> audioLengths = new ConcurrentHashMap<>();
    private final AtomicLong defaultStartTimes = new AtomicLong(1_760_000_000L);
    private final AtomicLong requestIds = new AtomicLong();
    private final WireMockServer server;
    private final ContractCheck contract = new ContractCheck();
    private volatile String acceptedKey = API_KEY;
    private volatile ConversationPages.Cursor cursor = ConversationPages.Cursor.KEYSET;

    /** The plan's concurrency as the real service reports it; over it, requests get 429. 0: not enforced. */
    private volatile int concurrencyLimit;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final AtomicLong concurrencyRejections = new AtomicLong();
    private volatile int heldByOthers;
    private volatile long processingMillis;
    private volatile double faultRate;
    private volatile Random faults = new Random(0);
    private final Map<String, AtomicLong> injectedFaults = new ConcurrentHashMap<>();

    public FakeElevenLabs() {
        this(false);
    }

    /**
     * @param certificateForLocalhost whether TLS is served with {@link FakeCertificate}'s certificate for
     *                                {@code localhost}, which clients can trust with its trust store; else with
     *                                WireMock's own, which names no host
     */
    public FakeElevenLabs(boolean certificateForLocalhost) {
        this(certificateForLocalhost, 0);
    }

    /**
     * @param certificateForLocalhost as {@link #FakeElevenLabs(boolean)}
     * @param port                    the plain HTTP port on 127.0.0.1; 0 for any free one
     */
    public FakeElevenLabs(boolean certificateForLocalhost, int port) {
        var options = options().bindAddress("127.0.0.1").port(port).dynamicHttpsPort()
                .extensions(new Answers())
                .jettyAcceptors(1).containerThreads(32);
        if (certificateForLocalhost) {
            options.keystorePath(FakeCertificate.keyStore().toString()).keystoreType("PKCS12")
                    .keystorePassword(FakeCertificate.PASSWORD).keyManagerPassword(FakeCertificate.PASSWORD);
        }
        server = new WireMockServer(options);
    }

    /** Starts the server and installs the real-service behaviour. */
    public FakeElevenLabs start() {
        server.start();
        installDefaults();
        return this;
    }

    private void installDefaults() {
        server.stubFor(delete(urlPathMatching("/v1/convai/conversations/.*")).atPriority(10)
                .willReturn(aResponse().withTransformers(CONVERSATIONS)));
        server.stubFor(get(urlPathMatching("/v1/convai/conversations(/.*)?")).atPriority(10)
                .willReturn(aResponse().withTransformers(CONVERSATIONS)));
        server.stubFor(any(urlPathMatching(".*")).atPriority(100)
                .willReturn(json(404, "{\"detail\":\"Not Found\"}")));
    }

    /** Forgets conversations, recorded requests, test stubs, limits and faults, and accepts {@link #API_KEY} again. */
    public void reset() {
        server.resetAll();
        conversations.clear();
        deletions.clear();
        audioLengths.clear();
        acceptedKey = API_KEY;
        cursor = ConversationPages.Cursor.KEYSET;
        concurrencyLimit = 0;
        heldByOthers = 0;
        maxInFlight.set(0);
        concurrencyRejections.set(0);
        processingMillis = 0;
        faultRate = 0;
        injectedFaults.clear();
        installDefaults();
    }

    /**
     * Enforces the plan's concurrency as the real service does: a request arriving while {@code limit} are being
     * handled gets 429 {@code concurrent_limit_exceeded}. Every answer reports {@code maximum-concurrent-requests}.
     */
    public void limitConcurrency(int limit) {
        this.concurrencyLimit = limit;
    }

    /**
     * Makes other applications on the same account hold this many of the plan's concurrent requests, as the real service
     * counts them: they leave fewer places to the requests the fake receives.
     */
    public void holdPlacesForOtherApplications(int requests) {
        this.heldByOthers = requests;
    }

    /**
     * Makes the list's cursor name an offset, how many conversations came before the next page, instead of the last
     * conversation returned. ElevenLabs does not document which it does; with an offset, conversations deleted while
     * paging shift the rest down, and the next page starts past some that were never returned, as a real erasure of
     * 250 conversations in pages of 100 once found only 151. Until {@link #reset()}.
     */
    public void useOffsetCursor() {
        this.cursor = ConversationPages.Cursor.OFFSET;
    }

    /** Makes each conversation request take this long to handle, so that concurrent ones overlap. */
    public void processFor(long millis) {
        this.processingMillis = millis;
    }

    /**
     * Answers a share of conversation requests, chosen at random from {@code seed}, with a fault instead of handling
     * them: 429, 500, 502, 503 or a connection reset, in equal parts. The request then has no effect.
     */
    public void injectFaults(double rate, long seed) {
        this.faults = new Random(seed);
        this.faultRate = rate;
    }

    /** @return how many faults of each kind were injected */
    public Map<String, Long> injectedFaults() {
        Map<String, Long> counts = new TreeMap<>();
        injectedFaults.forEach((kind, count) -> counts.put(kind, count.get()));
        return counts;
    }

    /** @return the most conversation requests that were being handled at once */
    public int maxConcurrentRequests() {
        return maxInFlight.get();
    }

    /** @return how many requests got 429 for going over {@link #limitConcurrency(int)} */
    public long concurrencyRejections() {
        return concurrencyRejections.get();
    }

    /** @return the base URL to give the endpoint's {@code baseUrl} option, such as {@code http://127.0.0.1:41234} */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    /**
     * @param  host the name to reach the fake by, such as {@code localhost}
     * @return      the base URL of the same fake over TLS, with WireMock's self-signed certificate
     */
    public String httpsBaseUrl(String host) {
        return "https://" + host + ":" + server.httpsPort();
    }

    /** Makes the fake accept another key (a fake one: never a real key). */
    public void acceptKey(String key) {
        this.acceptedKey = key;
    }

    /** Adds conversations of the default agent, each started a second after the one added before. */
    public void addConversations(String... ids) {
        addConversations(List.of(ids));
    }

    public void addConversations(Iterable<String> ids) {
        for (String id : ids) {
            addConversation(Conversation.of(id, defaultStartTimes.incrementAndGet()));
        }
    }

    public void addConversation(Conversation conversation) {
        conversations.put(conversation.id(), conversation);
    }

    /**
     * Gives a conversation a recording of this many bytes (such as 50 MB, to try a large one); 0 for an empty one, -1
     * for none (its audio then answers 404, as for a conversation whose audio ElevenLabs did not keep).
     */
    public void giveAudio(String id, int bytes) {
        audioLengths.put(id, bytes);
    }

    /**
     * @return the recording the fake serves for a conversation with {@code bytes} of audio: the same bytes for the
     *         same id every time, different ones for another id, so that a test can check what was stored
     */
    public static byte[] audioOf(String id, int bytes) {
        byte[] audio = new byte[bytes];
        new Random(id.hashCode() * 31L + bytes).nextBytes(audio);
        byte[] mp3Header = { 'I', 'D', '3', 4, 0 };
        System.arraycopy(mp3Header, 0, audio, 0, Math.min(bytes, mp3Header.length));
        return audio;
    }

    /** @return the length of a conversation's recording as the fake serves it; -1 when it has none */
    public int audioLength(String id) {
        return audioLengths.getOrDefault(id, DEFAULT_AUDIO_BYTES);
    }

    public boolean hasConversation(String id) {
        return conversations.containsKey(id);
    }

    public Set<String> conversationIds() {
        return Set.copyOf(conversations.keySet());
    }

    /** Adds a test-specific answer; it wins over the default behaviour (stub it with a priority below 10). */
    public void stubFor(MappingBuilder mapping) {
        server.stubFor(mapping);
    }

    /**
     * Makes every listing filtered by {@code parameter=value} (such as {@code user_id=user_1}) find one conversation
     * never listed before, which a delete then finds already gone: conversations that keep appearing however often
     * they are erased. Until {@link #reset()}.
     */
    public void listNewConversationEachTime(String parameter, String value) {
        Map<String, Object> conversation = new LinkedHashMap<>();
        conversation.put("agent_id", "agent_default");
        conversation.put("conversation_id", "conv_new_{{randomValue length=12 type='ALPHANUMERIC'}}");
        conversation.put("start_time_unix_secs", defaultStartTimes.get());
        conversation.put("call_duration_secs", 60);
        conversation.put("status", "done");
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("conversations", List.of(conversation));
        page.put("has_more", false);
        page.put("next_cursor", null);
        server.stubFor(get(urlPathEqualTo("/v1/convai/conversations")).withQueryParam(parameter, equalTo(value))
                .atPriority(1).willReturn(json(200, Json.write(page)).withTransformers("response-template")));
    }

    /** Makes every DELETE answer with the given response, whatever the conversation. */
    public void answerDeletesWith(ResponseDefinitionBuilder response) {
        server.stubFor(delete(urlPathMatching("/v1/convai/conversations/.*")).atPriority(1).willReturn(response));
    }

    /** @return an answer with this status and JSON body, for tests to stub faults and error answers with */
    public static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    /**
     * @param  reason why the answer departs from the OpenAPI
     * @return        the answer, marked so that the contract check passes over it
     */
    public static ResponseDefinitionBuilder offContract(ResponseDefinitionBuilder answer, String reason) {
        return answer.withHeader(OFF_CONTRACT_HEADER, reason);
    }

    /** @return the requests the fake received, oldest first */
    public List<RecordedRequest> requests() {
        List<ServeEvent> events = new ArrayList<>(server.getAllServeEvents());
        Collections.reverse(events);
        List<RecordedRequest> requests = new ArrayList<>();
        for (ServeEvent event : events) {
            requests.add(RecordedRequest.of(event.getRequest()));
        }
        return requests;
    }

    /**
     * @return how many times each conversation was deleted (answered 200), by id; a repeated DELETE of a conversation
     *         already gone gets 404 and is not counted
     */
    public Map<String, Integer> deletions() {
        Map<String, Integer> counts = new TreeMap<>();
        deletions.forEach((id, count) -> counts.put(id, count.get()));
        return counts;
    }

    /** @return the number of DELETE requests received */
    public long deleteRequests() {
        return requests().stream().filter(r -> r.method().equals("DELETE")).count();
    }

    /** @return every way in which a served request or answer departs from the published OpenAPI; empty when none */
    public List<String> contractViolations() {
        List<String> violations = new ArrayList<>();
        for (ServeEvent event : server.getAllServeEvents()) {
            violations.addAll(contract.check(event));
        }
        return violations;
    }

    @Override
    public void close() {
        server.stop();
    }

    /** Decodes one percent-encoded path segment as a server does (UTF-8; a '+' stays a '+'). */
    public static String decodeSegment(String segment) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '%' && i + 2 < segment.length() && isHex(segment.charAt(i + 1)) && isHex(segment.charAt(i + 2))) {
                bytes.write(Integer.parseInt(segment.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    /** A request as the fake received it: the path and query are raw, as they were on the wire; no query is null. */
    public record RecordedRequest(String method, String rawPath, String rawQuery, Map<String, String> headers) {

        static RecordedRequest of(Request request) {
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (HttpHeader header : request.getHeaders().all()) {
                headers.put(header.key(), String.join(", ", header.values()));
            }
            String url = request.getUrl();
            int query = url.indexOf('?');
            return new RecordedRequest(request.getMethod().getName(), query < 0 ? url : url.substring(0, query),
                    query < 0 ? null : url.substring(query + 1), headers);
        }

        /** @return the path's segments, still encoded */
        public List<String> rawSegments() {
            return List.of(rawPath.substring(1).split("/", -1));
        }
    }

    /** The real service's behaviour for conversations. */
    final class Answers implements ResponseDefinitionTransformerV2 {

        @Override
        public String getName() {
            return CONVERSATIONS;
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            int handling = inFlight.incrementAndGet();
            maxInFlight.accumulateAndGet(handling, Math::max);
            try {
                return answer(event.getRequest(), handling);
            } finally {
                inFlight.decrementAndGet();
            }
        }

        private ResponseDefinition answer(Request request, int handling) {
            String requestId = "req_fake_" + requestIds.incrementAndGet();
            int limit = concurrencyLimit;
            if (limit > 0 && handling + heldByOthers > limit) {
                concurrencyRejections.incrementAndGet();
                return error(429, requestId, "concurrent_limit_exceeded", "rate_limit_error",
                        "Too many concurrent requests: your plan allows " + limit);
            }
            ResponseDefinition fault = injectedFault(requestId);
            if (fault != null) {
                return fault;
            }
            if (processingMillis > 0) {
                try {
                    Thread.sleep(processingMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            String key = request.getHeader("xi-api-key");
            if (key == null) {
                return error(401, requestId, "needs_authorization", "authorization_error",
                        "Neither authorization header nor xi-api-key received, please provide one.");
            }
            if (!key.equals(acceptedKey)) {
                return error(401, requestId, "invalid_api_key", "authentication_error", "Invalid API key");
            }
            String path = RecordedRequest.of(request).rawPath();
            boolean get = request.getMethod().getName().equals("GET");
            if (get && path.equals("/v1/convai/conversations")) {
                return ConversationPages.page(conversations.values(), cursor, request, requestId, this);
            }
            String segment = path.length() <= CONVERSATIONS_PATH.length() ? ""
                    : path.substring(CONVERSATIONS_PATH.length());
            if (get && segment.endsWith("/audio") && segment.indexOf('/') == segment.length() - "/audio".length()) {
                return audio(decodeSegment(segment.substring(0, segment.indexOf('/'))), requestId);
            }
            if (segment.isEmpty() || segment.contains("/")) {
                return error(404, requestId, "not_found", "not_found", "Not Found");
            }
            String id = decodeSegment(segment);
            Conversation conversation = get ? conversations.get(id) : conversations.remove(id);
            if (conversation == null) {
                return error(404, requestId, "document_not_found", "not_found",
                        "Conversation " + id + " not found");
            }
            if (!get) {
                deletions.computeIfAbsent(id, gone -> new AtomicInteger()).incrementAndGet();
            }
            return json(200, requestId, get ? ConversationPages.details(conversation, request) : "{}");
        }

        private ResponseDefinition audio(String id, String requestId) {
            int length = audioLength(id);
            if (!conversations.containsKey(id) || length < 0) {
                return error(404, requestId, "audio_not_found", "not_found",
                        "No audio found for conversation " + id);
            }
            return ResponseDefinitionBuilder.responseDefinition().withStatus(200)
                    .withHeader("Content-Type", "audio/mpeg").withHeader("request-id", requestId)
                    .withBody(audioOf(id, length)).build();
        }

        private ResponseDefinition injectedFault(String requestId) {
            if (faultRate <= 0) {
                return null;
            }
            int kind;
            synchronized (faults) {
                if (faults.nextDouble() >= faultRate) {
                    return null;
                }
                kind = faults.nextInt(5);
            }
            String[] kinds = { "429", "500", "502", "503", "reset" };
            injectedFaults.computeIfAbsent(kinds[kind], k -> new AtomicLong()).incrementAndGet();
            switch (kind) {
                case 0:
                    return error(429, requestId, "rate_limit_exceeded", "rate_limit_error", "Rate limit exceeded");
                case 4:
                    return ResponseDefinitionBuilder.responseDefinition()
                            .withFault(Fault.CONNECTION_RESET_BY_PEER).build();
                default:
                    return error(Integer.parseInt(kinds[kind]), requestId, "system_busy", "server_error",
                            "The server had a problem");
            }
        }

        ResponseDefinition error(int status, String requestId, String code, String type, String message) {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("type", type);
            detail.put("code", code);
            detail.put("message", message);
            detail.put("request_id", requestId);
            detail.put("status", code);
            return json(status, requestId, "{\"detail\":" + Json.write(detail) + "}");
        }

        ResponseDefinition json(int status, String requestId, String body) {
            int limit = concurrencyLimit;
            return ResponseDefinitionBuilder.responseDefinition().withStatus(status)
                    .withHeader("Content-Type", "application/json").withHeader("request-id", requestId)
                    .withHeader("current-concurrent-requests", String.valueOf(Math.max(1, inFlight.get() + heldByOthers)))
                    .withHeader("maximum-concurrent-requests", String.valueOf(limit > 0 ? limit : 30))
                    .withBody(body).build();
        }
    }
}
