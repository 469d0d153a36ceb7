package org.corroborate.report;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When something happened, as an interval of days. A day is start == end; a month runs from its first to its last
 * day; BEFORE has only an end.
 *
 * @param text the words the date was read from, when any
 */
public record DateInterval(Optional<LocalDate> start, Optional<LocalDate> end, DatePrecision precision,
                           Optional<String> text) {

    public static DateInterval unknown() {
        return new DateInterval(Optional.empty(), Optional.empty(), DatePrecision.UNKNOWN, Optional.empty());
    }

    public static DateInterval day(LocalDate day, String text) {
        return new DateInterval(Optional.of(day), Optional.of(day), DatePrecision.DAY, Optional.ofNullable(text));
    }

    public static DateInterval before(LocalDate end, String text) {
        return new DateInterval(Optional.empty(), Optional.of(end), DatePrecision.BEFORE, Optional.ofNullable(text));
    }


    public boolean isKnown() {
        return precision != DatePrecision.UNKNOWN;
    }
}
