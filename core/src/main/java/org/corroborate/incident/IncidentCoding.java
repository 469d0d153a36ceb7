package org.corroborate.incident;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one mapping table from our incident types to GTD attack types, ACLED event and sub-event types and MUC-4
 * incident types, read from {@code incident-coding.tsv}. A row may be specific to suicide attacks.
 */
public final class IncidentCoding {

    /** An incident's codes; each may be absent where the codebook has no equivalent. */
    public record Codes(Optional<String> gtdAttackType, Optional<String> acledEventType,
                        Optional<String> acledSubEventType, Optional<String> muc4Type) {
    }

    private static final String RESOURCE = "/org/corroborate/incident/incident-coding.tsv";

    private final Map<IncidentType, Codes> plain = new EnumMap<>(IncidentType.class);
    private final Map<IncidentType, Codes> suicide = new EnumMap<>(IncidentType.class);

    public IncidentCoding() {
        try (InputStream in = IncidentCoding.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#") || number == 1) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 6) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": expected 6 tab-separated "
                            + "columns, found " + f.length);
                }
                Codes codes = new Codes(opt(f[2]), opt(f[3]), opt(f[4]), opt(f[5]));
                IncidentType type = IncidentType.valueOf(f[0]);
                ("suicide".equals(f[1]) ? suicide : plain).put(type, codes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + RESOURCE, e);
        }
        for (IncidentType type : IncidentType.values()) {
            if (!plain.containsKey(type)) {
                throw new IllegalStateException(RESOURCE + " has no row for " + type);
            }
        }
    }

    /** The codes of an incident of {@code type}; {@code suicideAttack} picks the suicide row where there is one. */
    public Codes codesFor(IncidentType type, boolean suicideAttack) {
        if (suicideAttack && suicide.containsKey(type)) {
            return suicide.get(type);
        }
        return plain.get(type);
    }

    private static Optional<String> opt(String value) {
        return value.isBlank() || value.equals("-") ? Optional.empty() : Optional.of(value.strip());
    }
}
