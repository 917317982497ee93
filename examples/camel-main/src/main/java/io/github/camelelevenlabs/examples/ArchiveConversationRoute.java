package io.github.camelelevenlabs.examples;

import io.github.camelelevenlabs.ElevenLabsConstants;
import org.apache.camel.builder.RouteBuilder;

/**
 * Archive one conversation (the header {@code CamelElevenLabsConversationId}): its details and its recording, each
 * written to a temporary name and renamed when whole, then read back and checked ({@link ConversationArchive}). The
 * erasure routes call it before each delete when {@code erasure.archive} names a folder; a failure here fails their
 * {@code doTry}, so the conversation is audited as failed, with the reason, and not deleted. A conversation already
 * gone has nothing to archive: the delete that follows reports it as already gone. {@code archive-conversation.yaml}
 * is the same route in YAML.
 */
public class ArchiveConversationRoute extends RouteBuilder {

    private static final String STORE = "file:{{erasure.archive}}?tempPrefix=.writing-&fileName=";

    @Override
    public void configure() {
        from("direct:archive-conversation").routeId("archive-conversation")
                // a failure goes back to the erasure that called, which audits it: nothing to log or redeliver here
                .errorHandler(noErrorHandler())
                .to("elevenlabs:conversations?operation=get&ignoreNotFound=true")
                .filter(header(ElevenLabsConstants.NOT_FOUND).isNotEqualTo(true))
                    .bean(ConversationArchive.class, "details")
                    .to(STORE + "${header.CamelElevenLabsConversationId}/details.json")
                    .to("elevenlabs:conversations?operation=getAudio&ignoreNotFound=true")
                    .filter(header(ElevenLabsConstants.NOT_FOUND).isNotEqualTo(true))
                        .to(STORE + "${header.CamelElevenLabsConversationId}/audio.mp3")
                    .end()
                    .bean(ConversationArchive.class, "verify")
                .end();
    }
}
