package io.github.camelelevenlabs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.ref.Cleaner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.camelelevenlabs.client.ApiResponse;
import org.apache.camel.Exchange;
import org.apache.camel.StreamCache;
import org.apache.camel.support.SynchronizationAdapter;

/**
 * A recording too long to keep in memory, in its temporary file, and the streams a route reads it through. The file
 * goes when it is no longer needed: when the exchange completes, if the exchange failed or the recording was read to
 * its end (stored by {@code to("file:...")}, say); otherwise (a {@code ProducerTemplate} caller that reads the body
 * after the exchange is done) when the stream is closed, or at the latest when it is no longer referenced.
 */
final class RecordingFile {

    private static final Cleaner CLEANER = Cleaner.create();

    private final Path file;
    private final long length;
    private final Deletion deletion;
    private volatile boolean readToEnd;
    private volatile boolean exchangeDone;

    private RecordingFile(ApiResponse answer) {
        this.file = answer.bodyFile();
        this.length = answer.bodySize();
        this.deletion = new Deletion(answer);
        // the file goes with the last stream over it, whatever happens to the exchange
        CLEANER.register(this, deletion);
    }

    /** Deletes the file once; it refers to nothing that would keep the recording reachable. */
    private static final class Deletion implements Runnable {

        private final ApiResponse answer;
        private final AtomicBoolean done = new AtomicBoolean();

        Deletion(ApiResponse answer) {
            this.answer = answer;
        }

        @Override
        public void run() {
            if (done.compareAndSet(false, true)) {
                answer.discardBody();
            }
        }

        boolean isDone() {
            return done.get();
        }
    }

    /** @return the recording of an answer held in a file, as the exchange's body; the exchange now owns the file */
    static StreamCache handedTo(Exchange exchange, ApiResponse answer) {
        RecordingFile recording = new RecordingFile(answer);
        Stream stream = recording.new Stream();
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                recording.exchangeDone(done.isFailed());
            }
        });
        return stream;
    }

    private void exchangeDone(boolean failed) {
        exchangeDone = true;
        if (failed || readToEnd) {
            delete();
        }
    }

    private void delete() {
        deletion.run();
    }

    /** A re-readable stream over the file; copies share it. */
    final class Stream extends InputStream implements StreamCache {

        private InputStream in;
        private long position;

        private InputStream in() throws IOException {
            if (in == null) {
                if (deletion.isDone()) {
                    throw new IOException("The recording's temporary file was deleted: its exchange completed, and"
                                          + " the recording was read to its end or closed");
                }
                in = Files.newInputStream(file);
                in.skipNBytes(position);
            }
            return in;
        }

        @Override
        public int read() throws IOException {
            int b = in().read();
            if (b < 0) {
                readToEnd = true;
            } else {
                position++;
            }
            return b;
        }

        @Override
        public int read(byte[] bytes, int offset, int count) throws IOException {
            int read = in().read(bytes, offset, count);
            if (read < 0) {
                readToEnd = true;
            } else {
                position += read;
            }
            return read;
        }

        @Override
        public int available() throws IOException {
            return (int) Math.min(Integer.MAX_VALUE, length - position);
        }

        @Override
        public void close() throws IOException {
            closeFile();
            if (exchangeDone) {
                delete();
            }
        }

        private void closeFile() throws IOException {
            if (in != null) {
                in.close();
                in = null;
            }
        }

        @Override
        public void reset() {
            try {
                closeFile();
            } catch (IOException ignored) {
                // reopened on the next read
            }
            position = 0;
        }

        @Override
        public void writeTo(OutputStream os) throws IOException {
            Files.copy(file, os);
            readToEnd = true;
        }

        @Override
        public StreamCache copy(Exchange exchange) {
            return new Stream();
        }

        @Override
        public boolean inMemory() {
            return false;
        }

        @Override
        public long length() {
            return length;
        }

        @Override
        public long position() {
            return position;
        }
    }
}
