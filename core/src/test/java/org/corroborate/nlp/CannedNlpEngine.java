package org.corroborate.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An {@link NlpEngine} that replays annotations recorded from CoreNLP by {@code corroborate nlp --record}, so that
 * everything downstream of the NLP layer is tested in milliseconds with real parses. Recordings live in
 * {@code /nlp-recordings/} on the test class path, named by {@link AnalyzedTextJson#recordingKey}.
 */
public final class CannedNlpEngine implements NlpEngine {

    private final AnalyzedTextJson json = new AnalyzedTextJson();

    @Override
    public AnalyzedText annotate(String text, Optional<LocalDate> referenceDate) {
        String key = AnalyzedTextJson.recordingKey(text, referenceDate);
        try (InputStream in = CannedNlpEngine.class.getResourceAsStream("/nlp-recordings/" + key + ".json")) {
            if (in == null) {
                throw new IllegalStateException("no recorded annotation for \"" + abbreviate(text) + "\" (reference date "
                        + referenceDate.map(Object::toString).orElse("none") + "); add it to "
                        + "core/src/test/resources/nlp-recordings/texts.jsonl and run: ./corroborate nlp "
                        + "core/src/test/resources/nlp-recordings/texts.jsonl --record "
                        + "core/src/test/resources/nlp-recordings");
            }
            return json.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
