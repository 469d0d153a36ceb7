package org.corroborate.nlp;

/** Case of a text as written: wire copy often comes all in capitals, which case-sensitive models misread. */
public final class TextCase {

    private TextCase() {
    }

    /** Whether nine letters in ten of {@code text} are capitals, and it has at least {@code minLetters} letters. */
    public static boolean inCapitals(CharSequence text, int minLetters) {
        int letters = 0;
        int capitals = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    capitals++;
                }
            }
        }
        return letters >= minLetters && capitals * 10 >= letters * 9;
    }
}
