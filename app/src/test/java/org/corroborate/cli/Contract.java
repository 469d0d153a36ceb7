package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/** Checks a report against the contract: the JSON Schema, and every span's text equal to the article's at its offsets. */
final class Contract {

    private static final JsonSchema SCHEMA = load();

    private Contract() {
    }

    static void assertFollowsContract(JsonNode report) {
        Set<ValidationMessage> errors = SCHEMA.validate(report);
        assertThat(errors).as("schema violations").isEmpty();
        String text = report.path("article").path("text").asText();
        assertSpansExact(report, text, "$");
    }

    private static void assertSpansExact(JsonNode node, String text, String path) {
        if (node.isObject()) {
            if (node.has("start") && node.has("end") && node.has("text") && node.path("start").isInt()) {
                int start = node.path("start").asInt();
                int end = node.path("end").asInt();
                assertThat(end).as(path + " end").isLessThanOrEqualTo(text.length());
                assertThat(text.substring(start, end)).as(path + " text").isEqualTo(node.path("text").asText());
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getKey().equals("article")) {
                    assertSpansExact(e.getValue(), text, path + "." + e.getKey());
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                assertSpansExact(node.get(i), text, path + "[" + i + "]");
            }
        }
    }

    private static JsonSchema load() {
        try (InputStream in = Contract.class.getResourceAsStream("/org/corroborate/report/article-report.schema.json")) {
            JsonNode schema = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
            // The contract's $id is relative ("corroborate/article-report/1"); the validator needs a base to resolve it.
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(SchemaLocation.of("https://corroborate.invalid/contract/"), schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
