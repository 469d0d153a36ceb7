package org.corroborate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.corroborate.nlp.NlpEngine;
import picocli.CommandLine.Option;

/**
 * The options of the commands that analyse a whole evaluation corpus: how much of it to read, and where to keep the
 * NLP annotations between runs. Used as a picocli mixin.
 */
public final class CorpusRunOptions {

    @Option(names = "--limit", paramLabel = "N", description = "Read only the first N texts.")
    Integer limit;

    @Option(names = "--nlp-cache", paramLabel = "DIR",
            description = "Keep the NLP annotations in DIR and reuse them on the next run (for runs in which only "
                    + "extraction changes; delete DIR when the NLP layer changes).")
    Path nlpCache;

    /** The first {@code --limit} items, or all of them. */
    public <T> List<T> first(List<T> items) {
        return limit == null ? items : items.subList(0, Math.min(limit, items.size()));
    }

    /** The first {@code --limit} items of a stream, or all of them. */
    public <T> java.util.stream.Stream<T> first(java.util.stream.Stream<T> items) {
        return limit == null ? items : items.limit(limit);
    }

    /** The engine to analyse with: cached in {@code --nlp-cache} when given. */
    public NlpEngine engine(EngineFactory engines, PrintWriter err) {
        return engines.cachedIn(nlpCache, err);
    }
}
