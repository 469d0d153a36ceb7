package org.corroborate.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.corroborate.testkit.Recordings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachingNlpEngineTest {

    @Test
    void secondAnnotationOfTheSameTextComesFromTheFolder(@TempDir Path dir) throws IOException {
        AtomicInteger calls = new AtomicInteger();
        CannedNlpEngine canned = new CannedNlpEngine();
        NlpEngine counting = (text, date) -> {
            calls.incrementAndGet();
            return canned.annotate(text, date);
        };
        CachingNlpEngine cache = new CachingNlpEngine(counting, dir);
        String text = Recordings.article("armed").text();
        Optional<LocalDate> date = Optional.of(LocalDate.of(2025, 5, 16));

        AnalyzedText first = cache.annotate(text, date);
        AnalyzedText second = cache.annotate(text, date);

        assertThat(calls).hasValue(1);
        assertThat(second).isEqualTo(first);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactly(AnalyzedTextJson.recordingKey(text, date) + ".json");
        }
    }
}
