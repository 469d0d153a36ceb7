package org.corroborate.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.article.Article;

/**
 * Finds the date an article was written: its published date, else its dateline, else the latest fully specified
 * date in its text ("As of May 16, 2025").
 */
public final class ReferenceDateFinder {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
            + "Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

    /** "SAN SALVADOR, 3 JAN 90 --", "LIMA, 12 MAY 90 (EFE) --" (with the source) or "Quetta, 12 March 2025 -". */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*[\\p{Lu}][\\p{L} .,'()-]{1,60}?,\\s*(\\d{1,2})\\s+" + MONTH + "\\s+(\\d{2,4})"
                    + "(\\s*\\([^()\\n]{1,60}\\))?\\s*(--|-|\u2014|\u2013)",
            Pattern.CASE_INSENSITIVE);

    /** "May 16, 2025". */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2}),?\\s+(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);

    /** "16 May 2025". */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);

    /** "2025-05-16". */
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

    /**
     * The offsets {@code [start, end)} of the dash that ends a dateline at the start of {@code text}
     * ("SAN SALVADOR, 3 JAN 90 --"), if there is one.
     */
    public static Optional<int[]> datelineSeparator(String text) {
        Matcher m = DATELINE.matcher(text);
        return m.find() ? Optional.of(new int[] {m.start(5), m.end(5)}) : Optional.empty();
    }

    /** Whether the dateline at the start of {@code text} names its source ("LIMA, 12 MAY 90 (EFE) --"). */
    public static boolean datelineNamesSource(String text) {
        Matcher m = DATELINE.matcher(text);
        return m.find() && m.group(4) != null;
    }

    public Optional<ReferenceDate> find(Article article) {
        if (article.published().isPresent()) {
            LocalDate published = article.published().get();
            return Optional.of(new ReferenceDate(published, ReferenceDate.Basis.PUBLISHED, published.toString()));
        }
        Matcher dateline = DATELINE.matcher(article.text());
        if (dateline.find()) {
            Optional<LocalDate> date = date(year(dateline.group(3)), month(dateline.group(2)),
                    Integer.parseInt(dateline.group(1)));
            if (date.isPresent()) {
                return Optional.of(new ReferenceDate(date.get(), ReferenceDate.Basis.DATELINE, dateline.group().strip()));
            }
        }
        return latestFullDate(article.text());
    }

    private Optional<ReferenceDate> latestFullDate(String text) {
        LocalDate latest = null;
        String evidence = null;
        Matcher m = MONTH_DAY_YEAR.matcher(text);
        while (m.find()) {
            Optional<LocalDate> d = date(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
            if (d.isPresent() && (latest == null || d.get().isAfter(latest))) {
                latest = d.get();
                evidence = m.group();
            }
        }
        m = DAY_MONTH_YEAR.matcher(text);
        while (m.find()) {
            Optional<LocalDate> d = date(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
            if (d.isPresent() && (latest == null || d.get().isAfter(latest))) {
                latest = d.get();
                evidence = m.group();
            }
        }
        m = ISO.matcher(text);
        while (m.find()) {
            Optional<LocalDate> d = date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (d.isPresent() && (latest == null || d.get().isAfter(latest))) {
                latest = d.get();
                evidence = m.group();
            }
        }
        return latest == null ? Optional.empty()
                : Optional.of(new ReferenceDate(latest, ReferenceDate.Basis.INFERRED, evidence));
    }

    private static int month(String name) {
        return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }

    /** Two-digit years are 19xx from 30 on and 20xx below, as wire datelines use them. */
    private static int year(String digits) {
        int y = Integer.parseInt(digits);
        if (digits.length() == 2) {
            return y >= 30 ? 1900 + y : 2000 + y;
        }
        return y;
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
