package io.github.camelelevenlabs.examples;

import io.github.camelelevenlabs.ElevenLabsConstants;
import io.github.camelelevenlabs.ElevenLabsTransportException;
import org.apache.camel.builder.RouteBuilder;

/**
 * Erasure requests from files: each line of a {@code .txt} file dropped in {@code {{erasure.inbox}}} names a
 * conversation to delete. Every id gets a JSON line in {@code {{erasure.audit}}/audit.jsonl}; ids that could not be
 * deleted also go, with the reason, to {@code dead-letters.jsonl}. The error handling is the one docs/resilience.md
 * recommends: the component retries 429 and 5xx, the route redelivers only what the component does not retry
 * (transport failures), "already gone" counts as done, and nothing is lost.
 * <p>
 * {@code erasure-from-file.yaml} is the same route in YAML.
 */
public class FileErasureRoute extends RouteBuilder {

    @Override
    public void configure() {
        errorHandler(deadLetterChannel("direct:erasure-dead-letters").useOriginalBody());

        onException(ElevenLabsTransportException.class)
                .maximumRedeliveries(3).redeliveryDelay(500).useExponentialBackOff().asyncDelayedRedelivery()
                .handled(true)
                .to("direct:erasure-dead-letters");

        from("file:{{erasure.inbox}}?include=.*\\.txt&move=.done&moveFailed=.failed").routeId("erasure-from-file")
                .split(body().tokenize("\n")).streaming()
                    // blank lines and # comments are skipped; ids are trimmed (a CRLF file leaves a \r)
                    .filter(simple("${body} !regex '\\s*(#.*)?\\s*'"))
                        .setBody(simple("${body.trim()}"))
                        .setHeader(ElevenLabsConstants.CONVERSATION_ID, body())
                        // archive, then erase: with erasure.archive set, nothing is deleted unless archived whole
                        .filter(simple("'{{erasure.archive:}}' != ''"))
                            .to("direct:archive-conversation?block=false")
                        .end()
                        .to("elevenlabs:conversations?operation=delete&ignoreNotFound=true")
                        .setBody(method(ErasureAudit.class, "completed"))
                        .to("file:{{erasure.audit}}?fileName=audit.jsonl&fileExist=Append");

        // the id is in the CamelElevenLabsConversationId header, set before the delete
        from("direct:erasure-dead-letters").routeId("erasure-dead-letters")
                .setBody(method(ErasureAudit.class, "failed"))
                .to("file:{{erasure.audit}}?fileName=audit.jsonl&fileExist=Append")
                .to("file:{{erasure.audit}}?fileName=dead-letters.jsonl&fileExist=Append");
    }
}
