package org.corroborate.nlp;

/**
 * A named entity mention.
 *
 * @param firstToken first token index in the sentence
 * @param lastToken last token index in the sentence (inclusive)
 */
public record Entity(EntityType type, String text, int start, int end, int firstToken, int lastToken) {
}
