package org.corroborate.report;

import java.util.Objects;

/** A stretch of the article text: UTF-16 offsets, end exclusive, with the text they cover. */
public record Span(int start, int end, String text) {

    public Span {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") is not a valid range");
        }
    }

    /** The span of {@code articleText} from {@code start} to {@code end}. */
    public static Span of(String articleText, int start, int end) {
        return new Span(start, end, articleText.substring(start, end));
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }
}
