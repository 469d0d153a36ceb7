package org.corroborate.incident;

import java.util.List;
import org.corroborate.report.Count;

/** Every figure an article gives for one incident, each with its own source and status; competing figures are kept. */
public record Figures(List<Count> killed, List<Count> injured, List<Count> hostages, List<Count> attackers,
                      List<Count> perpetratorsKilled) {

    public Figures {
        killed = List.copyOf(killed);
        injured = List.copyOf(injured);
        hostages = List.copyOf(hostages);
        attackers = List.copyOf(attackers);
        perpetratorsKilled = List.copyOf(perpetratorsKilled);
    }

    public static Figures none() {
        return new Figures(List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public boolean isEmpty() {
        return killed.isEmpty() && injured.isEmpty() && hostages.isEmpty() && attackers.isEmpty()
                && perpetratorsKilled.isEmpty();
    }
}
