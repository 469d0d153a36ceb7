package org.corroborate.incident;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corroborate.report.Count;
import org.corroborate.report.Party;

/** What the sentences of one incident say about it. */
final class IncidentFacts {
    final Map<String, Party> perpetrators = new LinkedHashMap<>();
    final Map<String, Party> claimedBy = new LinkedHashMap<>();
    /**
     * Keys of the perpetrators the article holds to account in so many words ("accused of", "responsible for", and a
     * state's force that "killed nine peasants"): the role model does not drop them.
     */
    final Set<String> heldResponsible = new HashSet<>();
    final Map<String, Party> victims = new LinkedHashMap<>();
    final Map<String, Target> targets = new LinkedHashMap<>();
    final Map<String, Weapon> weapons = new LinkedHashMap<>();
    final Map<FigureKind, List<Count>> counts = new LinkedHashMap<>();
    boolean vehicleTarget;
    boolean hostagesTaken;

    IncidentFacts() {
        for (FigureKind k : FigureKind.values()) {
            counts.put(k, new ArrayList<>());
        }
    }
}
