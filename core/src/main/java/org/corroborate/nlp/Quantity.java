package org.corroborate.nlp;

import java.util.Optional;

/**
 * A number in the text with its qualifier resolved: "more than 450" is 451.., "at least five" is 5..,
 * "between 10 and 12" is 10..12, "about 50" is 50 approximately.
 *
 * @param min the least value the text allows
 * @param max the greatest value the text allows; empty when unbounded
 * @param approximate the text hedges the number ("about", "nearly", "some")
 * @param firstToken first token (including the qualifier)
 * @param lastToken last token of the number
 * @param headToken the token of the number itself ("450" in "more than 450"), where dependencies attach
 */
public record Quantity(String text, long min, Optional<Long> max, boolean approximate, int start, int end,
                       int firstToken, int lastToken, int headToken) {
}
