package org.corroborate.relation;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.corroborate.lexicon.Tsv;

/** Relation cue words by kind, read from {@code relation-cues.tsv}. */
final class RelationLexicon {

    enum Kind { VERB, GIVE, RECEIVE, RESOURCE, LOCATED, DESIGNATE, ROLE, UNIT }

    private static final String RESOURCE = "/org/corroborate/relation/relation-cues.tsv";

    private final Map<Kind, Map<String, Predicate>> cues = new EnumMap<>(Kind.class);

    RelationLexicon() {
        for (Kind kind : Kind.values()) {
            cues.put(kind, new HashMap<>());
        }
        for (Tsv.Row row : Tsv.resource(RESOURCE, 3, 3)) {
            cues.get(Kind.valueOf(row.get(0).toUpperCase(Locale.ROOT))).put(row.get(1), Predicate.valueOf(row.get(2)));
        }
    }

    Optional<Predicate> lookup(Kind kind, String lemma) {
        return Optional.ofNullable(cues.get(kind).get(lemma.toLowerCase(Locale.ROOT)));
    }

    boolean has(Kind kind, String lemma) {
        return cues.get(kind).containsKey(lemma.toLowerCase(Locale.ROOT));
    }
}
