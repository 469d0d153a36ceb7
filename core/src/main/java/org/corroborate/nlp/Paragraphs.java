package org.corroborate.nlp;

import java.util.Arrays;

/**
 * Paragraph numbers of a text, where paragraphs are separated by one or more blank lines. Engines use it to
 * number sentences' paragraphs the same way.
 */
public final class Paragraphs {

    private final int[] paragraphStarts;

    public Paragraphs(String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        int i = 0;
        while (i < text.length()) {
            int lineEnd = text.indexOf('\n', i);
            if (lineEnd < 0) {
                break;
            }
            int next = lineEnd + 1;
            int scan = next;
            boolean blankLineSeen = false;
            while (scan < text.length()) {
                int end = text.indexOf('\n', scan);
                String line = end < 0 ? text.substring(scan) : text.substring(scan, end);
                if (!line.isBlank() || end < 0) {
                    break;
                }
                blankLineSeen = true;
                scan = end + 1;
            }
            if (blankLineSeen) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = scan;
            }
            i = blankLineSeen ? scan : next;
        }
        this.paragraphStarts = Arrays.copyOf(starts, count);
    }

    /** The 0-based paragraph that contains {@code offset}. */
    public int indexAt(int offset) {
        int found = Arrays.binarySearch(paragraphStarts, offset);
        return found >= 0 ? found : -found - 2;
    }
}
