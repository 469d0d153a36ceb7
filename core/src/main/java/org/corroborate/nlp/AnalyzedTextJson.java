package org.corroborate.nlp;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;

/**
 * Annotations as JSON, so that an engine's output can be recorded once and replayed: the canned engine of the tests
 * reads recordings made by {@code corroborate nlp record}.
 */
public final class AnalyzedTextJson {

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new Jdk8Module())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            // Only the record components: derived accessors such as Token.isNoun() are not data.
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);

    /**
     * The name under which the annotation of {@code text} with {@code referenceDate} is recorded: a SHA-256 of both,
     * so a recording is found again only for exactly the same input.
     */
    public static String recordingKey(String text, java.util.Optional<java.time.LocalDate> referenceDate) {
        return org.corroborate.article.Article.sha256(text + "\u0000" + referenceDate.map(Object::toString).orElse(""));
    }

    public String write(AnalyzedText text) {
        try {
            return mapper.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("annotations always serialise", e);
        }
    }

    /**
     * @throws IllegalArgumentException when {@code json} is not a recording of this version's annotations
     */
    public AnalyzedText read(String json) {
        try {
            return mapper.readValue(json, AnalyzedText.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a recorded annotation: " + e.getOriginalMessage(), e);
        }
    }
}
