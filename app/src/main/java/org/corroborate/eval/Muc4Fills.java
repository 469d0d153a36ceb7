package org.corroborate.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The MUC-4 role fillers of a report's incidents, read from the contract as the evaluation defines them: only
 * incidents with a MUC-4 type count; PerpInd = perpetrators of kind INDIVIDUAL, PerpOrg = the other perpetrators,
 * Victim = victims with {@code named}, Target = targets, Weapon = weapons; each by its normalised {@code text}, each
 * distinct string once per role.
 */
final class Muc4Fills {

    private Muc4Fills() {
    }

    /** The fillers per role of these incidents (JSON objects of the contract's {@code incidents} array). */
    static Map<Muc4Role, List<String>> of(Iterable<JsonNode> incidents) {
        Map<Muc4Role, Set<String>> sets = new EnumMap<>(Muc4Role.class);
        for (Muc4Role role : Muc4Role.values()) {
            sets.put(role, new LinkedHashSet<>());
        }
        for (JsonNode i : incidents) {
            if (!i.path("muc4_type").isTextual()) {
                continue;
            }
            for (JsonNode p : i.path("perpetrators")) {
                Muc4Role role = "INDIVIDUAL".equals(p.path("kind").asText()) ? Muc4Role.PERP_IND : Muc4Role.PERP_ORG;
                add(sets, role, p.path("text").asText());
            }
            for (JsonNode v : i.path("victims")) {
                if (v.path("named").asBoolean()) {
                    add(sets, Muc4Role.VICTIM, v.path("text").asText());
                }
            }
            i.path("targets").forEach(t -> add(sets, Muc4Role.TARGET, t.path("text").asText()));
            i.path("weapons").forEach(w -> add(sets, Muc4Role.WEAPON, w.path("text").asText()));
        }
        Map<Muc4Role, List<String>> lists = new EnumMap<>(Muc4Role.class);
        sets.forEach((role, set) -> lists.put(role, new ArrayList<>(set)));
        return lists;
    }

    private static void add(Map<Muc4Role, Set<String>> sets, Muc4Role role, String text) {
        String normal = Muc4Keys.normalise(text);
        if (!normal.isEmpty()) {
            sets.get(role).add(normal);
        }
    }
}
