package org.corroborate.statement;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.corroborate.lexicon.Tsv;
import org.corroborate.report.Status;

/** Evidential cue words with their status and role, read from {@code cues.tsv}. */
public final class CueLexicon {

    /** One cue of the lexicon. */
    record Cue(String lemma, Status status, CueRole role) {
        int words() {
            return lemma.split(" ").length;
        }
    }

    private static final String RESOURCE = "/org/corroborate/statement/cues.tsv";

    private final Map<String, Cue> cues = new HashMap<>();

    public CueLexicon() {
        for (Tsv.Row row : Tsv.resource(RESOURCE, 3, 3)) {
            cues.put(row.get(0), new Cue(row.get(0), Status.valueOf(row.get(1)),
                    CueRole.valueOf(row.get(2).toUpperCase(Locale.ROOT))));
        }
    }

    /** The cue whose lemma sequence is {@code lemmas} ("according to"), if any. */
    Optional<Cue> lookup(String lemmas) {
        return Optional.ofNullable(cues.get(lemmas));
    }
}
