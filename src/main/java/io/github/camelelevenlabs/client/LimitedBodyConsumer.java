package io.github.camelelevenlabs.client;

import java.io.IOException;
import java.nio.ByteBuffer;

import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.nio.entity.AbstractBinAsyncEntityConsumer;
import org.apache.hc.core5.util.ByteArrayBuffer;

/**
 * Collects an answer's body up to a limit, so that a misbehaving server or proxy cannot exhaust the heap: ElevenLabs'
 * answers to these operations are a few hundred bytes.
 */
public final class LimitedBodyConsumer extends AbstractBinAsyncEntityConsumer<byte[]> {

    public static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

    private final ByteArrayBuffer buffer = new ByteArrayBuffer(256);

    @Override
    protected void streamStart(ContentType contentType) {
        // any content type is collected; the producer decides how to read it
    }

    @Override
    protected int capacityIncrement() {
        return Integer.MAX_VALUE;
    }

    @Override
    protected void data(ByteBuffer src, boolean endOfStream) throws IOException {
        if (buffer.length() + src.remaining() > MAX_BODY_BYTES) {
            throw new IOException("The answer's body exceeds " + MAX_BODY_BYTES + " bytes");
        }
        buffer.append(src);
    }

    @Override
    protected byte[] generateContent() {
        return buffer.toByteArray();
    }

    @Override
    public void releaseResources() {
        buffer.clear();
    }
}
