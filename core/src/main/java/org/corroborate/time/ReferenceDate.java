package org.corroborate.time;

import java.time.LocalDate;

/** The date relative times in an article are resolved against, and where it came from. */
public record ReferenceDate(LocalDate date, Basis basis, String evidence) {

    /** Where the reference date came from. */
    public enum Basis {
        /** The article's metadata. */
        PUBLISHED,
        /** The dateline at the start of the text ("SAN SALVADOR, 3 JAN 90 --"). */
        DATELINE,
        /** The latest fully specified date in the text: an inference, reported as a problem. */
        INFERRED
    }
}
