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
     * metadata. Irreversible. With {@code dryRun} nothing is sent.
     */
    delete,

    /**
     * Reads one conversation's details ({@code GET /v1/convai/conversations/{conversation_id}}): transcript,
     * metadata, analysis.
     */
    get,

    /**
     * Finds conversations ({@code GET /v1/convai/conversations}) by agent, user, start time, success or text, and
     * returns them as an iterator that fetches the pages as it goes.
     */
    list,

    /**
     * Reads one conversation's audio recording ({@code GET /v1/convai/conversations/{conversation_id}/audio}) as a
     * stream, held in a temporary file while the exchange lasts when it is large, never whole in memory.
     */
    getAudio;
}
