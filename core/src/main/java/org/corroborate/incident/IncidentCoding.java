package org.corroborate.incident;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.corroborate.lexicon.Tsv;

/**
 * The one mapping table from our incident types to GTD attack types, ACLED event and sub-event types and MUC-4
 * incident types, read from {@code incident-coding.tsv}. A row may be specific to suicide attacks.
 */
public final class IncidentCoding {

    /** An incident's codes; each may be absent where the codebook has no equivalent. */
    public record Codes(Optional<String> gtdAttackType, Optional<String> acledEventType,
                        Optional<String> acledSubEventType, Optional<String> muc4Type) {

        /** The same codes for an incident outside MUC-4's scope. */
        public Codes outsideMuc4() {
            return new Codes(gtdAttackType, acledEventType, acledSubEventType, Optional.empty());
        }
    }

    private static final String RESOURCE = "/org/corroborate/incident/incident-coding.tsv";

    private final Map<IncidentType, Codes> plain = new EnumMap<>(IncidentType.class);
    private final Map<IncidentType, Codes> suicide = new EnumMap<>(IncidentType.class);

    public IncidentCoding() {
        for (Tsv.Row row : Tsv.resource(RESOURCE, 6, 6)) {
            Codes codes = new Codes(opt(row.get(2)), opt(row.get(3)), opt(row.get(4)), opt(row.get(5)));
            IncidentType type = IncidentType.valueOf(row.get(0));
            ("suicide".equals(row.get(1)) ? suicide : plain).put(type, codes);
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
