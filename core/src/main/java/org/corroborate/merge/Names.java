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
            "priest", "jesuit", "minister", "president", "senator", "judge", "mayor", "journalist", "leader");

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
