package org.corroborate.incident;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
        for (String[] f : rows("incident-cues.tsv", 3)) {
            triggers.put(f[0], new Trigger(IncidentType.valueOf(f[1]), f[2]));
        }
        for (String[] f : rows("targets.tsv", 3)) {
            (f[0].equals("modifier") ? targetModifiers : targetHeads).put(f[1], f[2]);
        }
        for (String[] f : rows("weapons.tsv", 2)) {
            weapons.put(f[0], f[1]);
        }
        for (String[] f : rows("people.tsv", 2)) {
            people.put(f[0], f[1]);
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

    private static List<String[]> rows(String file, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = IncidentLexicon.class.getResourceAsStream(BASE + file)) {
            if (in == null) {
                throw new IllegalStateException("resource " + BASE + file + " is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != columns) {
                    throw new IllegalStateException(BASE + file + " line " + number + ": expected " + columns
                            + " tab-separated columns, found " + f.length);
                }
                rows.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + BASE + file, e);
        }
        return rows;
    }
}
