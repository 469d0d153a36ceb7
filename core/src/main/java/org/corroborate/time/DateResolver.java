package org.corroborate.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.nlp.TimeMention;
import org.corroborate.report.DateInterval;
import org.corroborate.report.DatePrecision;

/**
 * Turns a normalised time expression into a date interval, relative to the reference date: days, weeks, months and
 * years; a day written without its year ("on 30 December") after the reference date moves back a year (not one counted
 * from the reference date: "next Monday"), and a weekday on its own ("on Sunday") after it back to the last such day,
 * because news reports what has happened.
 */
public final class DateResolver {

    private static final Pattern DAY = Pattern.compile("^(\\d{4}|XXXX)-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("^(\\d{4}|XXXX)-(\\d{2})$");
    private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");
    /** A weekday on its own ("Sunday", "Monday night"): news tells of the last one, the time tagger of this week's. */
    private static final Pattern BARE_WEEKDAY = Pattern.compile(
            "(?i)(?:on\\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\\s+(?:morning|afternoon|evening|night))?");
    /** Words of a day the time tagger counted from the reference date itself: "next Monday", "tomorrow". */
    private static final Pattern RELATIVE_DAY = Pattern.compile(
            "(?i)\\b(?:next|this|coming|following|tomorrow|tonight)\\b");
    private static final Pattern WRITTEN_YEAR = Pattern.compile(
            "\\b\\d{4}\\b|'\\d{2}\\b|\\b\\d{1,2}\\s+\\p{L}{3,9}\\.?\\s+\\d{2}\\b");

    /** The interval {@code time} denotes, or empty when it is not a calendar date (a duration, "now"). */
    public Optional<DateInterval> resolve(TimeMention time, Optional<LocalDate> reference) {
        if (time.kind() != TimeMention.TimeKind.DATE || time.value().isEmpty()) {
            return Optional.empty();
        }
        String value = time.value();
        boolean yearWritten = WRITTEN_YEAR.matcher(time.text()).find();
        Matcher m = DAY.matcher(value);
        if (m.find()) {
            Optional<Integer> year = year(m.group(1), reference);
            if (year.isEmpty()) {
                return Optional.empty();
            }
            LocalDate day;
            try {
                day = LocalDate.of(year.get(), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (java.time.DateTimeException e) {
                return Optional.empty();
            }
            if (reference.isPresent() && BARE_WEEKDAY.matcher(time.text().strip()).matches()) {
                while (day.isAfter(reference.get())) {
                    day = day.minusWeeks(1);
                }
            } else if (!yearWritten && reference.isPresent() && day.isAfter(reference.get().plusDays(1))
                    && !RELATIVE_DAY.matcher(time.text()).find()) {
                day = day.minusYears(1);
            }
            return Optional.of(DateInterval.day(day, time.text()));
        }
        m = MONTH.matcher(value);
        if (m.find()) {
            Optional<Integer> year = year(m.group(1), reference);
            if (year.isEmpty()) {
                return Optional.empty();
            }
            YearMonth month = YearMonth.of(year.get(), Integer.parseInt(m.group(2)));
            if (!yearWritten && reference.isPresent() && month.atDay(1).isAfter(reference.get())) {
                month = month.minusYears(1);
            }
            return Optional.of(new DateInterval(Optional.of(month.atDay(1)), Optional.of(month.atEndOfMonth()),
                    DatePrecision.MONTH, Optional.of(time.text())));
        }
        m = WEEK.matcher(value);
        if (m.find()) {
            LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                    .with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
            return Optional.of(new DateInterval(Optional.of(monday), Optional.of(monday.plusDays(6)),
                    DatePrecision.WEEK, Optional.of(time.text())));
        }
        m = YEAR.matcher(value);
        if (m.find()) {
            int year = Integer.parseInt(m.group(1));
            return Optional.of(new DateInterval(Optional.of(LocalDate.of(year, 1, 1)),
                    Optional.of(LocalDate.of(year, 12, 31)), DatePrecision.YEAR, Optional.of(time.text())));
        }
        return Optional.empty();
    }

    private static Optional<Integer> year(String field, Optional<LocalDate> reference) {
        if (field.equals("XXXX")) {
            return reference.map(LocalDate::getYear);
        }
        return Optional.of(Integer.parseInt(field));
    }
}
