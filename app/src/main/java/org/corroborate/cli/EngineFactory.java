package org.corroborate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.corroborate.nlp.AnalyzedText;
import org.corroborate.nlp.CachingNlpEngine;
import org.corroborate.nlp.NlpEngine;

/** Builds the NLP engine a command needs, once, when the command runs; tests give a canned engine instead. */
@FunctionalInterface
public interface EngineFactory {

    /** @param err where to tell the user about slow loading */
    NlpEngine create(PrintWriter err);

    /**
     * An engine that keeps its annotations in {@code cache} (when not null) and reuses them on the next run; the
     * models load only when a text is not in the cache yet. For evaluation runs in which only extraction changes.
     */
    default NlpEngine cachedIn(Path cache, PrintWriter err) {
        if (cache == null) {
            return create(err);
        }
        NlpEngine lazy = new NlpEngine() {
            private NlpEngine loaded;

            @Override
            public AnalyzedText annotate(String text, Optional<LocalDate> date) {
                if (loaded == null) {
                    loaded = create(err);
                }
                return loaded.annotate(text, date);
            }
        };
        return new CachingNlpEngine(lazy, cache);
    }
}
