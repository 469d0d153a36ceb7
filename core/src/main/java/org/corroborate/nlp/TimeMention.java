package org.corroborate.nlp;

/**
 * A time expression with the engine's normalised value.
 *
 * @param value TIMEX3-style value: {@code 2025-03-11}, {@code 2025-03}, {@code 2025}, {@code 2025-W11},
 *     {@code XXXX-03-11} when the year is unknown, or empty when the engine could not normalise it
 * @param kind DATE, TIME, DURATION or SET
 */
public record TimeMention(String text, String value, TimeKind kind, int start, int end, int firstToken,
                          int lastToken) {

    /** Kinds of time expressions. */
    public enum TimeKind { DATE, TIME, DURATION, SET }
}
