package org.corroborate.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An engine that keeps the annotations of another in a folder, one file per text and reference date (the format of
 * {@code corroborate nlp --record}), and reads them back instead of annotating again. For evaluation runs in which
 * only extraction changes; delete the folder when the NLP layer or its settings change.
 */
public final class CachingNlpEngine implements NlpEngine {

    private final NlpEngine delegate;
    private final Path folder;
    private final AnalyzedTextJson json = new AnalyzedTextJson();

    public CachingNlpEngine(NlpEngine delegate, Path folder) {
        this.delegate = delegate;
        this.folder = folder;
    }

    @Override
    public AnalyzedText annotate(String text, Optional<LocalDate> referenceDate) {
        Path file = folder.resolve(AnalyzedTextJson.recordingKey(text, referenceDate) + ".json");
        try {
            if (Files.isRegularFile(file)) {
                return json.read(Files.readString(file));
            }
            AnalyzedText analyzed = delegate.annotate(text, referenceDate);
            Files.createDirectories(folder);
            Path partial = Files.createTempFile(folder, "partial-", ".json");
            Files.writeString(partial, json.write(analyzed));
            Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return analyzed;
        } catch (IOException e) {
            throw new UncheckedIOException("NLP cache " + folder + ": " + e.getMessage(), e);
        }
    }
}
