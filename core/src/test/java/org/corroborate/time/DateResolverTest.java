package org.corroborate.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.corroborate.nlp.TimeMention;
import org.corroborate.report.DateInterval;
import org.corroborate.report.DatePrecision;
import org.junit.jupiter.api.Test;

class DateResolverTest {

    private final DateResolver resolver = new DateResolver();

    private static TimeMention date(String text, String value) {
        return new TimeMention(text, value, TimeMention.TimeKind.DATE, 0, text.length(), 0, 1);
    }

    /** The first day of {@code text} (which the time tagger normalised to {@code value}) read on {@code reference}. */
    private LocalDate start(String text, String value, Optional<LocalDate> reference) {
        return resolver.resolve(date(text, value), reference).flatMap(DateInterval::start).orElseThrow();
    }

    @Test
    void dayWithoutYearAfterTheReferenceDateIsInThePreviousYear() {
        var d = resolver.resolve(date("30 DECEMBER", "1990-12-30"), Optional.of(LocalDate.of(1990, 1, 3)));
        assertThat(d).hasValueSatisfying(i -> {
            assertThat(i.start()).hasValue(LocalDate.of(1989, 12, 30));
            assertThat(i.precision()).isEqualTo(DatePrecision.DAY);
        });
    }

    @Test
    void aWeekdayOnItsOwnIsTheLastOneNotThisWeeks() {
        // Saturday 31 March 1990; the time tagger puts "Sunday" in the same week, 1 April.
        Optional<LocalDate> saturday = Optional.of(LocalDate.of(1990, 3, 31));
        assertThat(start("Sunday", "1990-04-01", saturday)).isEqualTo(LocalDate.of(1990, 3, 25));
        assertThat(start("Sunday night", "1990-04-01", saturday)).isEqualTo(LocalDate.of(1990, 3, 25));
        assertThat(start("Thursday", "1990-03-29", saturday)).isEqualTo(LocalDate.of(1990, 3, 29));
        assertThat(start("next Sunday", "1990-04-01", saturday)).isEqualTo(LocalDate.of(1990, 4, 1));
    }

    @Test
    void aWeekdayTheTaggerPutsNextWeekIsTheLastOneOfTheSameYear() {
        // Friday 16 May 2025; in "attacked ... on Monday, saying it would ..." the tagger reads the coming Monday.
        Optional<LocalDate> friday = Optional.of(LocalDate.of(2025, 5, 16));
        assertThat(start("Monday", "2025-05-19", friday)).isEqualTo(LocalDate.of(2025, 5, 12));
        assertThat(start("next Monday", "2025-05-19", friday)).isEqualTo(LocalDate.of(2025, 5, 19));
        assertThat(start("Monday, 30 December", "2025-12-30", friday)).isEqualTo(LocalDate.of(2024, 12, 30));
    }

    @Test
    void dayWithWrittenYearIsKeptEvenAfterTheReferenceDate() {
        var d = resolver.resolve(date("30 December 1990", "1990-12-30"), Optional.of(LocalDate.of(1990, 1, 3)));
        assertThat(d).hasValueSatisfying(i -> assertThat(i.start()).hasValue(LocalDate.of(1990, 12, 30)));
    }

    @Test
    void unknownYearTakesTheReferenceYear() {
        var d = resolver.resolve(date("March 11", "XXXX-03-11"), Optional.of(LocalDate.of(2025, 5, 16)));
        assertThat(d).hasValueSatisfying(i -> assertThat(i.start()).hasValue(LocalDate.of(2025, 3, 11)));
    }

    @Test
    void monthAndWeekAreIntervals() {
        var month = resolver.resolve(date("March 2025", "2025-03"), Optional.empty());
        assertThat(month).hasValueSatisfying(i -> {
            assertThat(i.start()).hasValue(LocalDate.of(2025, 3, 1));
            assertThat(i.end()).hasValue(LocalDate.of(2025, 3, 31));
            assertThat(i.precision()).isEqualTo(DatePrecision.MONTH);
        });
        var week = resolver.resolve(date("last week", "2025-W19"), Optional.empty());
        assertThat(week).hasValueSatisfying(i -> {
            assertThat(i.start()).hasValue(LocalDate.of(2025, 5, 5));
            assertThat(i.end()).hasValue(LocalDate.of(2025, 5, 11));
            assertThat(i.precision()).isEqualTo(DatePrecision.WEEK);
        });
    }

    @Test
    void durationsAreNotDates() {
        var d = resolver.resolve(new TimeMention("three days", "P3D", TimeMention.TimeKind.DURATION, 0, 10, 0, 1),
                Optional.empty());
        assertThat(d).isEmpty();
    }
}
