package org.corroborate.bench;

import java.time.LocalDate;
import java.util.Optional;
import org.corroborate.nlp.AnalyzedText;
import org.corroborate.nlp.NlpEngine;

/** An engine that counts the tokens it annotated, for throughput in tokens per second. */
final class CountingEngine implements NlpEngine {

    private final NlpEngine delegate;
    private long tokens;

    CountingEngine(NlpEngine delegate) {
        this.delegate = delegate;
    }

    @Override
    public AnalyzedText annotate(String text, Optional<LocalDate> referenceDate) {
        AnalyzedText analyzed = delegate.annotate(text, referenceDate);
        tokens += analyzed.tokenCount();
        return analyzed;
    }

    long tokens() {
        return tokens;
    }
}
