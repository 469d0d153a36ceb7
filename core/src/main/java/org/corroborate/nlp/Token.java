package org.corroborate.nlp;

/**
 * One token.
 *
 * @param word the token as written in the text
 * @param lemma its dictionary form, lower case for common words
 * @param tag the fine part-of-speech tag of the engine (Penn Treebank for English), for distinctions such as past
 *     participle versus past tense that {@code pos} does not make
 * @param pos the universal part of speech
 * @param start UTF-16 offset of the first character in the text
 * @param end UTF-16 offset after the last character
 */
public record Token(String word, String lemma, String tag, PartOfSpeech pos, int start, int end) {

    /** Lower-cased lemma, the form the lexicons are written in. */
    public String lowerLemma() {
        return lemma.toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isVerb() {
        return pos == PartOfSpeech.VERB || pos == PartOfSpeech.AUX;
    }

    public boolean isNoun() {
        return pos == PartOfSpeech.NOUN || pos == PartOfSpeech.PROPN || pos == PartOfSpeech.PRON;
    }

    /** Past participle ("killed" in "were killed"). */
    public boolean isPastParticiple() {
        return "VBN".equals(tag);
    }

    /** Whether the token is a double quotation mark, straight, curly or in the tokenizer's `` '' form. */
    public boolean isQuote() {
        return word.equals("\"") || word.equals("``") || word.equals("''") || word.equals("\u201c")
                || word.equals("\u201d");
    }

    /** Whether this is a modal verb helping {@code next}, a verb in its base form: "may" in "may have been". */
    public boolean isModalBefore(Token next) {
        return "MD".equals(tag) && "VB".equals(next.tag());
    }

    /** Gerund or present participle ("providing"). */
    public boolean isGerund() {
        return "VBG".equals(tag);
    }
}
