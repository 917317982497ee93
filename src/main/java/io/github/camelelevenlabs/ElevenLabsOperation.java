package io.github.camelelevenlabs;

/**
 * What an {@code elevenlabs:} endpoint does with each message.
 * <p>
 * The operation is fixed by the endpoint URI and can never be changed by a message header: a header that arrives from
 * an upstream system must not be able to turn a reading endpoint into a deleting one.
 */
public enum ElevenLabsOperation {

    /**
     * Deletes one conversation ({@code DELETE /v1/convai/conversations/{conversation_id}}): its transcript, audio and
     * metadata. Irreversible.
     */
    delete;
}
