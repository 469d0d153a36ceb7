package org.corroborate.nlp;

import java.util.List;
import java.util.Objects;

/**
 * The result of annotating one text: its sentences in order, each carrying its tokens, entities, times,
 * quantities and dependencies.
 */
public record AnalyzedText(String text, List<Sentence> sentences) {

    public AnalyzedText {
        Objects.requireNonNull(text, "text");
        sentences = List.copyOf(sentences);
    }

    /** Number of tokens over all sentences. */
    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
}
