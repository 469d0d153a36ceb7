package org.corroborate.relation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Relation cue words by kind, read from {@code relation-cues.tsv}. */
final class RelationLexicon {

    enum Kind { VERB, GIVE, RECEIVE, RESOURCE, LOCATED, DESIGNATE, ROLE, UNIT }

    private static final String RESOURCE = "/org/corroborate/relation/relation-cues.tsv";

    private final Map<Kind, Map<String, Predicate>> cues = new EnumMap<>(Kind.class);

    RelationLexicon() {
        for (Kind kind : Kind.values()) {
            cues.put(kind, new HashMap<>());
        }
        try (InputStream in = RelationLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the build");
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
                if (f.length != 3) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": expected kind, lemma, predicate");
                }
                cues.get(Kind.valueOf(f[0].toUpperCase(Locale.ROOT))).put(f[1], Predicate.valueOf(f[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + RESOURCE, e);
        }
    }

    Optional<Predicate> lookup(Kind kind, String lemma) {
        return Optional.ofNullable(cues.get(kind).get(lemma.toLowerCase(Locale.ROOT)));
    }

    boolean has(Kind kind, String lemma) {
        return cues.get(kind).containsKey(lemma.toLowerCase(Locale.ROOT));
    }
}
