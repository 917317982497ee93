package io.github.camelelevenlabs.client;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.apache.hc.core5.util.ByteArrayBuffer;

/**
 * Collects one answer's body as it arrives, as its {@link AnswerKind} says: a JSON answer in memory, up to a limit, so
 * that a misbehaving server or proxy cannot exhaust the heap; a recording in memory while it is small and in a
 * temporary file beyond that, so that a long call's audio never sits in the heap, with its size and SHA-256 counted on
 * the way. Used by one thread at a time (the transport's reading thread).
 */
public final class AnswerBody {

    /** The largest JSON answer read: ElevenLabs' answers to these operations are far smaller. */
    public static final int MAX_JSON_BYTES = 4 * 1024 * 1024;
    /** A recording longer than this goes to a temporary file. */
    public static final int SPILL_BYTES = 64 * 1024;
    /** The prefix of the temporary files, in {@code java.io.tmpdir}, so that an operator knows whose they are. */
    public static final String TEMPORARY_FILE_PREFIX = "camel-elevenlabs-audio-";

    private final AnswerKind kind;
    private final ByteArrayBuffer memory = new ByteArrayBuffer(256);
    private final MessageDigest sha256;
    private Path file;
    private OutputStream fileOut;
    private long size;
    private boolean finished;

    AnswerBody(AnswerKind kind) {
        this.kind = kind;
        this.sha256 = kind == AnswerKind.AUDIO ? newSha256() : null;
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }

    /**
     * @param  announced   the Content-Length of the answer, or -1
     * @throws IOException when a JSON answer announces more than it may have
     */
    void expect(long announced) throws IOException {
        if (kind == AnswerKind.JSON && announced > MAX_JSON_BYTES) {
            throw tooLarge();
        }
    }

    void write(ByteBuffer src) throws IOException {
        int length = src.remaining();
        if (src.hasArray()) {
            write(src.array(), src.arrayOffset() + src.position(), length);
            src.position(src.limit());
            return;
        }
        byte[] copy = new byte[length];
        src.get(copy);
        write(copy, 0, length);
    }

    void write(byte[] bytes, int offset, int length) throws IOException {
        if (length == 0) {
            return;
        }
        if (kind == AnswerKind.JSON && size + length > MAX_JSON_BYTES) {
            throw tooLarge();
        }
        size += length;
        if (sha256 != null) {
            sha256.update(bytes, offset, length);
        }
        if (fileOut == null && kind == AnswerKind.AUDIO && memory.length() + length > SPILL_BYTES) {
            spill();
        }
        if (fileOut != null) {
            fileOut.write(bytes, offset, length);
        } else {
            memory.append(bytes, offset, length);
        }
    }

    private void spill() throws IOException {
        file = Files.createTempFile(TEMPORARY_FILE_PREFIX, ".part");
        fileOut = Files.newOutputStream(file);
        fileOut.write(memory.array(), 0, memory.length());
        memory.clear();
    }

    private static IOException tooLarge() {
        return new IOException("The answer's body exceeds " + MAX_JSON_BYTES + " bytes");
    }

    /** @return the whole body; from now on the caller owns its temporary file, if it has one */
    Received finish() throws IOException {
        finished = true;
        if (fileOut != null) {
            fileOut.close();
        }
        return new Received(fileOut == null ? memory.toByteArray() : new byte[0], file, size,
                sha256 == null ? null : HexFormat.of().formatHex(sha256.digest()));
    }

    /** Deletes what was collected, unless it was handed over by {@link #finish}. */
    void discard() {
        if (finished) {
            return;
        }
        finished = true;
        memory.clear();
        if (fileOut != null) {
            try {
                fileOut.close();
            } catch (IOException ignored) {
                // the file goes anyway
            }
            deleteQuietly(file);
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException stillOpen) {
            // it may be open elsewhere (Windows): it goes when the JVM exits
            file.toFile().deleteOnExit();
        }
    }

    /**
     * A complete body.
     *
     * @param bytes  the body when it stayed in memory; empty when it is in {@code file}
     * @param file   the temporary file holding the body, or null
     * @param size   its length in bytes
     * @param sha256 its SHA-256 in lower-case hex, for a recording; else null
     */
    record Received(byte[] bytes, Path file, long size, String sha256) {
    }
}
