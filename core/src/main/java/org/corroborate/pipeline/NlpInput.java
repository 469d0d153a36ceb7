package org.corroborate.pipeline;

import java.util.Optional;
import org.corroborate.time.ReferenceDateFinder;

/**
 * The text given to the NLP engine for an article: the article text with one change of equal length, so that every
 * offset stays valid. The dash that ends a dateline ("SAN SALVADOR, 3 JAN 90 -- THE ARMY ...") becomes a full stop,
 * so that the dateline is a sentence of its own and does not become the subject of the first sentence.
 */
public final class NlpInput {

    private NlpInput() {
    }

    public static String of(String articleText) {
        Optional<int[]> separator = ReferenceDateFinder.datelineSeparator(articleText);
        // A dateline that names its source ("LIMA, 12 MAY 90 (EFE) --") stays with the first sentence: split off, it
        // cost the MUC-4 DEV role and scope models a point (cross-validated), as they learnt the parses with it.
        if (separator.isEmpty() || ReferenceDateFinder.datelineNamesSource(articleText)) {
            return articleText;
        }
        int start = separator.get()[0];
        int end = separator.get()[1];
        StringBuilder b = new StringBuilder(articleText);
        b.setCharAt(start, '.');
        for (int i = start + 1; i < end; i++) {
            b.setCharAt(i, ' ');
        }
        return b.toString();
    }
}
