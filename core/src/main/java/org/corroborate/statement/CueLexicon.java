package org.corroborate.statement;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
        try (InputStream in = CueLexicon.class.getResourceAsStream(RESOURCE)) {
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
                    throw new IllegalStateException(RESOURCE + " line " + number + ": expected lemma, status, role");
                }
                cues.put(f[0], new Cue(f[0], Status.valueOf(f[1]), CueRole.valueOf(f[2].toUpperCase(Locale.ROOT))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + RESOURCE, e);
        }
    }

    /** The cue whose lemma sequence is {@code lemmas} ("according to"), if any. */
    Optional<Cue> lookup(String lemmas) {
        return Optional.ofNullable(cues.get(lemmas));
    }
}
