package org.corroborate.report;

import java.util.Optional;

/**
 * A figure as the text gives it, as a range: "at least five" is 5..; "over 30" is 31..; "between 10 and 12" is
 * 10..12.
 *
 * @param max empty when the text gives no upper bound
 * @param source empty when the article itself gives the figure
 */
public record Count(long min, Optional<Long> max, String text, Optional<Source> source, Status status,
                    Span evidence) {
}
