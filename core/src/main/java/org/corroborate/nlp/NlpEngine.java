package org.corroborate.nlp;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Annotates text with sentences, tokens, part of speech, lemmas, entities, normalised times and quantities and
 * dependencies. An engine is expensive to build (models) and cheap to call; build one per process and pass it down.
 * Implementations must be safe to call from one thread at a time; callers do not share an engine across threads.
 */
public interface NlpEngine {

    /**
     * Annotates {@code text}. Relative times ("yesterday", "May 10") are resolved against {@code referenceDate}
     * when present; otherwise they are left with unknown parts.
     *
     * @param text the article text; offsets in the result index into it
     * @param referenceDate the date the text was written, when known
     */
    AnalyzedText annotate(String text, Optional<LocalDate> referenceDate);
}
