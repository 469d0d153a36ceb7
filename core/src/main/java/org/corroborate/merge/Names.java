package org.corroborate.merge;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Comparison forms of names as articles write them: "Father Ignacio Ellacuría," and "IGNACIO ELLACURIA" meet. */
public final class Names {

    private static final Set<String> TITLES = Set.of("the", "a", "an", "father", "fr", "mr", "mrs", "ms", "dr",
            "gen", "general", "col", "colonel", "maj", "major", "capt", "captain", "lt", "sgt", "rev", "reverend",
            "priest", "minister", "president", "senator", "judge", "mayor", "journalist", "leader");

    private Names() {
    }

    /** Lower case, accents and punctuation removed, spaces collapsed. */
    public static String normalize(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    /** The words of a person's name without titles and articles. */
    public static List<String> nameWords(String text) {
        return Arrays.stream(normalize(text).split(" ")).filter(w -> !w.isEmpty() && !TITLES.contains(w)).toList();
    }

    private static final Set<String> QUANTITIES = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "dozen", "dozens", "hundreds", "some", "several", "many",
            "few", "least", "about", "around", "nearly", "more", "than", "other", "others", "all", "of", "the", "a",
            "an", "and");
    private static final Set<String> GENERIC_HEADS = Set.of("people", "persons", "person", "men", "man", "women",
            "woman", "civilians", "civilian", "children", "child", "individuals", "others", "victims", "residents");

    /**
     * The distinctive part of a victim description, numbers and quantities removed ("six Jesuit priests" and "6
     * JESUIT PRIESTS" give "jesuit priests"), or empty when what is left says too little to tell two incidents apart:
     * fewer than two words, or a generic head ("two Salvadoran people").
     */
    public static java.util.Optional<String> distinctiveDescription(String text) {
        List<String> words = Arrays.stream(normalize(text).split(" "))
                .filter(w -> !w.isEmpty() && !QUANTITIES.contains(w) && !w.chars().allMatch(Character::isDigit))
                .toList();
        if (words.size() < 2 || GENERIC_HEADS.contains(words.get(words.size() - 1))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(String.join(" ", words));
    }

    /**
     * Whether two written names are the same person: the same words, the shorter's words in order inside the
     * longer ("Ignacio Ellacuria" in "Ignacio Ellacuria Beascoechea"), or a lone surname equal to the other's last
     * or second-to-last word (Spanish names carry two surnames).
     */
    static boolean samePerson(String a, String b) {
        List<String> x = nameWords(a);
        List<String> y = nameWords(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        List<String> shorter = x.size() <= y.size() ? x : y;
        List<String> longer = shorter == x ? y : x;
        if (shorter.size() == 1) {
            String surname = shorter.get(0);
            int last = longer.size() - 1;
            return surname.length() >= 4 && (longer.get(last).equals(surname)
                    || last >= 2 && longer.get(last - 1).equals(surname));
        }
        int i = 0;
        for (String word : longer) {
            if (i < shorter.size() && shorter.get(i).equals(word)) {
                i++;
            }
        }
        return i == shorter.size();
    }
}
