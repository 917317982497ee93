package io.github.camelelevenlabs.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.camelelevenlabs.ElevenLabsConstants;
import org.apache.camel.Exchange;

/**
 * Archives one conversation before it is erased: its details as {@code details.json} and its recording as
 * {@code audio.mp3}, in a folder named after it under {@code {{erasure.archive}}}, then reads both back and checks that
 * each is whole (its size and SHA-256 against what was received). Only then may the conversation be deleted: a
 * conversation whose archive is not whole fails with an {@link IncompleteArchiveException} and is not deleted. The
 * sizes and checksums go in the exchange variable {@value #VARIABLE}, which {@link ErasureAudit} writes in the audit.
 * Used as a bean by the Java and YAML archive routes alike.
 */
public final class ConversationArchive {

    /** The exchange variable that holds what was archived: folder, and size and SHA-256 of each file. */
    public static final String VARIABLE = "archive";

    /** Conversation ids become folder names: only these are used as they are. */
    private static final Pattern SAFE_FOLDER = Pattern.compile("[A-Za-z0-9_-]{1,128}");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ConversationArchive() {
    }

    /**
     * @return the details (the body, as {@code operation=get} gave them) as the JSON to store; their size and SHA-256
     *         are noted for {@link #verify}
     * @throws IncompleteArchiveException when the conversation id cannot name a folder
     */
    public static byte[] details(Exchange exchange) throws IOException {
        String id = exchange.getMessage().getHeader(ElevenLabsConstants.CONVERSATION_ID, String.class);
        if (id == null || !SAFE_FOLDER.matcher(id).matches()) {
            throw new IncompleteArchiveException("The conversation id cannot name an archive folder (letters, digits,"
                                                 + " _ and - only): nothing was archived or deleted");
        }
        byte[] details = JSON.writeValueAsBytes(exchange.getMessage().getBody());
        Map<String, Object> archive = new LinkedHashMap<>();
        archive.put("folder", folder(exchange).toString());
        archive.put("details", file(details.length, sha256(details)));
        exchange.setVariable(VARIABLE, archive);
        return details;
    }

    /**
     * Reads back what was stored and compares it with what was received: the details with what {@link #details}
     * wrote, the recording with {@code Content-Length} and {@code CamelElevenLabsAudioSha256}. A conversation without
     * a recording ({@code CamelElevenLabsNotFound} after getAudio) is archived without one.
     *
     * @throws IncompleteArchiveException naming the file that is missing or differs
     */
    @SuppressWarnings("unchecked")
    public static void verify(Exchange exchange) throws IOException {
        Map<String, Object> archive = exchange.getVariable(VARIABLE, Map.class);
        Path folder = folder(exchange);
        check(folder.resolve("details.json"), (Map<String, Object>) archive.get("details"));
        if (Boolean.TRUE.equals(exchange.getMessage().getHeader(ElevenLabsConstants.NOT_FOUND))) {
            archive.put("audio", "none");
            return;
        }
        Map<String, Object> received = file(exchange.getMessage().getHeader(ElevenLabsConstants.CONTENT_LENGTH,
                Long.class), exchange.getMessage().getHeader(ElevenLabsConstants.AUDIO_SHA256, String.class));
        archive.put("audio", received);
        check(folder.resolve("audio.mp3"), received);
    }

    private static void check(Path file, Map<String, Object> expected) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IncompleteArchiveException(file + " was not written: the conversation was not deleted");
        }
        long size = Files.size(file);
        String sha256;
        try (InputStream in = Files.newInputStream(file)) {
            sha256 = sha256(in);
        }
        if (size != ((Number) expected.get("bytes")).longValue() || !sha256.equals(expected.get("sha256"))) {
            throw new IncompleteArchiveException(file + " is not what was received (" + size + " bytes, SHA-256 "
                                                 + sha256 + "; received " + expected.get("bytes") + " bytes, SHA-256 "
                                                 + expected.get("sha256") + "): the conversation was not deleted");
        }
    }

    private static Path folder(Exchange exchange) {
        String root = exchange.getContext().resolvePropertyPlaceholders("{{erasure.archive}}");
        return Path.of(root, exchange.getMessage().getHeader(ElevenLabsConstants.CONVERSATION_ID, String.class));
    }

    private static Map<String, Object> file(Object bytes, String sha256) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("bytes", bytes);
        file.put("sha256", sha256);
        return file;
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static String sha256(InputStream in) throws IOException {
        MessageDigest digest = digest();
        try (InputStream digesting = new DigestInputStream(in, digest)) {
            digesting.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }
}
