package org.corroborate.store;

import java.time.LocalDate;
import java.util.List;
import org.corroborate.incident.IncidentType;

/** A child process for {@link InterruptedIngestTest}: adds articles 0..n-1 to a knowledge base, one by one. */
public final class IngestLoop {

    private IngestLoop() {
    }

    public static void main(String[] args) {
        int count = Integer.parseInt(args[1]);
        try (KnowledgeBase kb = KnowledgeBase.open(args[0])) {
            for (int i = 0; i < count; i++) {
                kb.add(article(i));
            }
        }
    }

    static org.corroborate.report.ArticleReport article(int i) {
        LocalDate day = LocalDate.of(2024, 1, 1).plusDays(i);
        String victim = "Person Number" + (char) ('a' + i % 26) + (char) ('a' + i / 26);
        return Reports.article("loop-" + i, "Outlet " + i, day, "Gunmen killed " + victim + " in Santa Ana on day "
                + i + ", witnesses said.").incident(IncidentType.ARMED_ASSAULT, "killed", day,
                Reports.town("Santa Ana", "Santa Ana", "El Salvador", 13.99, -89.56), List.of(victim), null).build();
    }
}
