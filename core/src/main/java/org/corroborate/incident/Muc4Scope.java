package org.corroborate.incident;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.corroborate.nlp.AnalyzedText;
import org.corroborate.report.PartyKind;

/** What MUC-4 counts: its incident type for sabotage, and whether an incident is inside its scope at all. */
final class Muc4Scope {

    private Muc4Scope() {
    }

    /** Nouns for members of security forces, whose harm alone makes an attack guerrilla warfare in MUC-4 terms. */
    private static final Set<String> SECURITY_NOUNS = Set.of("soldier", "soldiers", "troops", "troop", "policeman",
            "policemen", "police", "officer", "officers", "guard", "guards", "guardsmen", "army", "patrol",
            "battalion", "unit", "units", "member", "members", "military", "paramilitary");

    /**
     * MUC-4's scope (its task definition, section 1): an attack by non-state attackers only on military or police
     * forces is guerrilla warfare, not a terrorist act. (The definition also leaves out rumours and incidents older
     * than two months; on DEV, excluding them cost more recall than it gained precision, because status and dates
     * are sometimes misread, so they stay in scope.)
     */
    static boolean inMuc4Scope(IncidentFacts g) {
        boolean harmedSomeone = !g.targets.isEmpty() || !g.victims.isEmpty();
        boolean onlyForces = g.targets.values().stream().allMatch(t -> t.gtdTargetType()
                .map(type -> type.equals("Military") || type.equals("Police")).orElse(false))
                && g.victims.values().stream().allMatch(v -> !v.named() && securityForces(v.text()));
        boolean byState = g.perpetrators.values().stream().anyMatch(p -> p.kind() == PartyKind.STATE);
        return !(harmedSomeone && onlyForces && !byState);
    }

    /** Whether a lemma is a noun for members of security forces: "soldier", "troops", "policeman". */
    static boolean isSecurityNoun(String lemma) {
        return SECURITY_NOUNS.contains(lemma);
    }

    /** "five soldiers", "policemen": words that end in a noun for members of security forces. */
    private static boolean securityForces(String words) {
        String[] w = words.toLowerCase(Locale.ROOT).split("\\s+");
        return isSecurityNoun(w[w.length - 1]);
    }

    /** Words of fire: what makes sabotage arson in MUC-4 terms. */
    private static final Set<String> FIRE_WORDS = Set.of("arson", "burn", "torch", "fire", "blaze", "incendiary",
            "gasoline", "molotov");

    /** MUC-4 splits sabotage: by fire it is ARSON, by explosives BOMBING, otherwise ATTACK. */
    static IncidentCoding.Codes sabotageCodes(IncidentCoding.Codes codes, IncidentDraft d, AnalyzedText text,
                                                      boolean explosives) {
        if (codes.muc4Type().isEmpty()) {
            return codes;
        }
        // A placing verb is sabotage by fire when what it placed burns: "set fire to", "hurled molotov cocktails" (a
        // bomb set is a bombing).
        boolean fire = d.hits.stream().anyMatch(h -> {
            String lemma = text.sentences().get(h.sentence()).tokens().get(h.token()).lowerLemma();
            return FIRE_WORDS.contains(lemma)
                    || (TriggerFinder.PLACING_VERBS.contains(lemma) && h.type() == IncidentType.ARSON_SABOTAGE);
        });
        String muc4 = fire ? "ARSON" : explosives ? "BOMBING" : "ATTACK";
        return new IncidentCoding.Codes(codes.gtdAttackType(), codes.acledEventType(), codes.acledSubEventType(),
                Optional.of(muc4));
    }
}
