package org.corroborate.incident;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.corroborate.lexicon.Tsv;

/** The incident word lists: triggers, targets, weapons and people, each read from its TSV resource. */
final class IncidentLexicon {

    record Trigger(IncidentType type, String partOfSpeech) {
    }

    private static final String BASE = "/org/corroborate/incident/";

    private final Map<String, Trigger> triggers = new HashMap<>();
    private final Map<String, String> targetHeads = new HashMap<>();
    private final Map<String, String> targetModifiers = new HashMap<>();
    private final Map<String, String> weapons = new HashMap<>();
    private final Map<String, String> people = new HashMap<>();

    IncidentLexicon() {
        for (Tsv.Row r : Tsv.resource(BASE + "incident-cues.tsv", 3, 3)) {
            triggers.put(r.get(0), new Trigger(IncidentType.valueOf(r.get(1)), r.get(2)));
        }
        for (Tsv.Row r : Tsv.resource(BASE + "targets.tsv", 3, 3)) {
            (r.get(0).equals("modifier") ? targetModifiers : targetHeads).put(r.get(1), r.get(2));
        }
        for (Tsv.Row r : Tsv.resource(BASE + "weapons.tsv", 2, 2)) {
            weapons.put(r.get(0), r.get(1));
        }
        for (Tsv.Row r : Tsv.resource(BASE + "people.tsv", 2, 2)) {
            people.put(r.get(0), r.get(1));
        }
    }

    Optional<Trigger> trigger(String lemma) {
        return Optional.ofNullable(triggers.get(lemma.toLowerCase(Locale.ROOT)));
    }

    Optional<String> targetHead(String lemma) {
        return Optional.ofNullable(targetHeads.get(lemma.toLowerCase(Locale.ROOT)));
    }

    Optional<String> targetModifier(String word) {
        return Optional.ofNullable(targetModifiers.get(word.toLowerCase(Locale.ROOT)));
    }

    Optional<String> weapon(String word) {
        return Optional.ofNullable(weapons.get(word.toLowerCase(Locale.ROOT)));
    }

    boolean isVictimNoun(String lemma) {
        return "victim".equals(people.get(lemma.toLowerCase(Locale.ROOT)));
    }

    boolean isPerpetratorNoun(String lemma) {
        return "perpetrator".equals(people.get(lemma.toLowerCase(Locale.ROOT)));
    }
}
