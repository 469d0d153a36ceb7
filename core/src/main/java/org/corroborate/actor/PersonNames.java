package org.corroborate.actor;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/** How a person's name is told apart from the words before it that say what the person is. */
public final class PersonNames {

    /** Words before a name that say what the person is rather than who: "Corporal", "Msgr", "businessman". */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "msgr", "monsignor", "father", "fr",
            "bishop", "archbishop", "cardinal", "rev", "reverend", "gen", "general", "col", "colonel", "maj", "major",
            "capt", "captain", "lt", "lieutenant", "sgt", "sergeant", "cpl", "corporal", "comrade", "comrades",
            "businessman", "judge", "mayor", "president", "minister", "senator", "deputy", "engineer", "attorney",
            "doctor", "professor", "journalist", "councilman", "congressman", "governor", "commander", "sister",
            "jesuit", "priest");

    /**
     * Military and police ranks: titles that place a person in a chain of command. Before the name of someone held to
     * account they are part of how the person is identified ("Colonel Rene Emilio Ponce", "Lieutenant Pacheco").
     */
    private static final Set<String> RANKS = Set.of("gen", "general", "brigadier", "col", "colonel", "maj", "major",
            "capt", "captain", "lt", "lieutenant", "sgt", "sergeant", "cpl", "corporal", "commander");

    private PersonNames() {
    }

    /** Whether {@code word} is a military or police rank: "Colonel", "Col.", "lieutenant". */
    public static boolean isRank(String word) {
        return RANKS.contains(word.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    /**
     * A person's name without the titles before it: "Corporal Antonio Contreras" -> "Antonio Contreras"; a name that
     * is only a title and one word keeps the word ("Msgr Romero" -> "Romero").
     */
    public static String withoutTitles(String name) {
        String[] words = name.trim().split("\\s+");
        int first = 0;
        while (first < words.length - 1 && TITLES.contains(words[first].toLowerCase(Locale.ROOT).replace(".", ""))) {
            first++;
        }
        return first == 0 ? name : String.join(" ", Arrays.copyOfRange(words, first, words.length));
    }
}
