package io.github.camelelevenlabs.client;

import java.io.IOException;
import java.nio.ByteBuffer;

import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.nio.entity.AbstractBinAsyncEntityConsumer;

/**
 * Hands the non-blocking transport's body bytes to an {@link AnswerBody}; a body that fails or is abandoned half-read
 * leaves no temporary file behind.
 */
final class AnswerBodyConsumer extends AbstractBinAsyncEntityConsumer<AnswerBody.Received> {

    private final AnswerBody body;

    AnswerBodyConsumer(AnswerKind kind) {
        this.body = new AnswerBody(kind);
    }

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
        body.write(src);
    }

    @Override
    protected AnswerBody.Received generateContent() throws IOException {
        return body.finish();
    }

    @Override
    public void releaseResources() {
        body.discard();
    }
}
