package io.github.camelelevenlabs;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.github.camelelevenlabs.ElevenLabsEndpointBuilderFactory.AdvancedElevenLabsEndpointBuilder;
import io.github.camelelevenlabs.ElevenLabsEndpointBuilderFactory.ElevenLabsBuilders;
import io.github.camelelevenlabs.ElevenLabsEndpointBuilderFactory.ElevenLabsEndpointBuilder;
import io.github.camelelevenlabs.ElevenLabsEndpointBuilderFactory.ElevenLabsHeaderNameBuilder;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.github.camelelevenlabs.ElevenLabsEndpointBuilderFactory.elevenlabs;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Endpoint DSL builder is generated from the component JSON by {@link EndpointDslSource}. Run with
 * {@code -Ddocs.update=true} to rewrite it after changing an option or a header; without it, a difference fails.
 */
class EndpointDslTest extends FakeElevenLabsTestSupport {

    private static Set<String> declared(Class<?> type, String... except) {
        Set<String> names = Arrays.stream(type.getDeclaredMethods()).map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        names.removeAll(Set.of(except));
        return names;
    }

    private static Set<String> options(boolean advanced) throws Exception {
        return ComponentMetadata.section("properties").entrySet().stream()
                .filter(e -> !"path".equals(e.getValue().get("kind")))
                .filter(e -> String.valueOf(e.getValue().get("label")).contains("advanced") == advanced)
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Before any test reads it. The classes this run tests were compiled from the file as it was. */
    @BeforeAll
    static void rewriteTheBuilderFactoryWhenAsked() throws Exception {
        if (Boolean.getBoolean("docs.update")) {
            Files.writeString(EndpointDslSource.FILE, EndpointDslSource.render(ComponentMetadata.text()),
                    StandardCharsets.UTF_8);
        }
    }

    @Test
    void theCommittedBuilderFactoryIsTheOneGeneratedFromTheComponentJson() throws Exception {
        String generated = EndpointDslSource.render(ComponentMetadata.text());

        assertThat(Files.readString(EndpointDslSource.FILE, StandardCharsets.UTF_8))
                .as(EndpointDslSource.FILE + " is out of date: run mvn verify -Ddocs.update=true").isEqualTo(generated);
    }

    /** @return the first paragraph of the Javadoc of each method in the factory's source, by the method's name */
    private static Map<String, Set<String>> descriptionsByMethod() throws Exception {
        // a Javadoc comment, then the method it documents
        Matcher method = Pattern.compile(
                "/\\*\\*((?:[^*]|\\*(?!/))*)\\*/\\s*(?:@Deprecated\\s*)?(?:default|public) \\w+ (\\w+)\\(")
                .matcher(Files.readString(EndpointDslSource.FILE, StandardCharsets.UTF_8));
        Map<String, Set<String>> descriptions = new TreeMap<>();
        while (method.find()) {
            String firstParagraph = method.group(1).replaceAll("\n\\s*\\*", " ").split("<p>")[0];
            descriptions.computeIfAbsent(method.group(2), name -> new TreeSet<>()).add(oneLine(firstParagraph));
        }
        return descriptions;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String javadocOf(Map<String, Object> option) {
        return oneLine(JavadocComment.escaped((String) option.get("description")));
    }

    @Test
    void eachBuilderMethodIsDescribedByTheDescriptionOfItsOptionOrHeaderInTheJson() throws Exception {
        Map<String, Set<String>> documented = descriptionsByMethod();

        ComponentMetadata.section("properties").forEach((name, option) -> {
            if (!"path".equals(option.get("kind"))) {
                assertThat(documented.get(name)).as(name).containsExactly(javadocOf(option));
            }
        });
        ComponentMetadata.section("headers").forEach((name, header) -> assertThat(
                documented.get(EndpointDslSource.headerMethod(name))).as(name).containsExactly(javadocOf(header)));
    }

    @Test
    void theBuildersHaveAMethodForEveryOptionAndNoOther() throws Exception {
        assertThat(declared(ElevenLabsEndpointBuilder.class, "advanced")).isEqualTo(options(false));
        assertThat(declared(AdvancedElevenLabsEndpointBuilder.class, "basic")).isEqualTo(options(true));
    }

    @Test
    void theHeaderNameBuilderNamesEveryHeader() throws Exception {
        ElevenLabsHeaderNameBuilder names = new ElevenLabsBuilders() { }.elevenlabs();
        Set<String> returned = new TreeSet<>();
        for (Method method : ElevenLabsHeaderNameBuilder.class.getDeclaredMethods()) {
            if (method.getParameterCount() == 0 && method.getReturnType() == String.class) {
                returned.add((String) method.invoke(names));
            }
        }

        assertThat(returned).isEqualTo(ComponentMetadata.json().getMap("headers").keySet());
    }

    @Test
    void aJavaRouteWritesTheEndpointWithTypedOptions() throws Exception {
        fake.addConversations("conv_dsl");
        CamelContext context = camel(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:erase")
                        .setHeader(ElevenLabsConstants.CONVERSATION_ID, body())
                        .to(elevenlabs("conversations").operation(ElevenLabsOperation.delete).region("eu")
                                .ignoreNotFound(true).maxRetries(1).requestTimeout("5s")
                                .advanced().baseUrl(fake.baseUrl()).maxConcurrentRequests(4));
            }
        });

        Exchange first = context.createProducerTemplate().send("direct:erase", e -> e.getMessage().setBody("conv_dsl"));
        Exchange again = context.createProducerTemplate().send("direct:erase", e -> e.getMessage().setBody("conv_dsl"));

        assertThat(first.getException()).isNull();
        assertThat(again.getMessage().getHeader(ElevenLabsConstants.NOT_FOUND)).isEqualTo(true);
        ElevenLabsEndpoint endpoint = (ElevenLabsEndpoint) context.getEndpoints().stream()
                .filter(e -> e instanceof ElevenLabsEndpoint).findFirst().orElseThrow();
        assertThat(endpoint.getConfiguration().getRegion()).isEqualTo(ElevenLabsRegion.EU);
        assertThat(endpoint.getConfiguration().getRequestTimeout()).isEqualTo(5_000);
        assertThat(endpoint.getConfiguration().getMaxConcurrentRequests()).isEqualTo(4);
    }
}
