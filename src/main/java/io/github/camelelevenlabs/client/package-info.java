/**
 * The HTTP client under the component: internal, with no compatibility promise; routes use the component, never these
 * types. Nothing here knows Camel beyond the lifecycle of a {@link org.apache.camel.Service}, so that the component
 * starts and stops the transports the Camel way. It knows ElevenLabs' API as HTTP: where a request goes ({@link
 * io.github.camelelevenlabs.client.ApiBaseUrl}, {@link io.github.camelelevenlabs.client.RequestTarget}) with which key
 * ({@link io.github.camelelevenlabs.client.ApiKey}), the two transports that send it ({@link
 * io.github.camelelevenlabs.client.BlockingTransport} on the calling thread, {@link
 * io.github.camelelevenlabs.client.NonBlockingTransport} holding none) with their deadlines ({@link
 * io.github.camelelevenlabs.client.CallTimeouts}) and limits on what an answer may be ({@link
 * io.github.camelelevenlabs.client.ApiResponse}, {@link io.github.camelelevenlabs.client.AnswerBody}), and one
 * logical call with its retries ({@link io.github.camelelevenlabs.client.ApiCall}, {@link
 * io.github.camelelevenlabs.client.RetryPolicy}, {@link io.github.camelelevenlabs.client.RetryAfter}) within the
 * account's plan ({@link io.github.camelelevenlabs.client.PlanConcurrency}, {@link
 * io.github.camelelevenlabs.client.ConcurrencyLimit}). Its failures are the component's public exception types, worded
 * in one place ({@link io.github.camelelevenlabs.client.TransportFailures}).
 */
package io.github.camelelevenlabs.client;
