package org.corroborate.store;

import java.time.LocalDate;
import java.util.List;
import org.corroborate.incident.IncidentType;

/** A child process for {@link StoreProcessesTest}: adds articles 0..n-1 to a knowledge base, one by one. */
public final class IngestLoop {

    private IngestLoop() {
    }

    public static void main(String[] args) {
        long count = Long.parseLong(args[1]);
        try (KnowledgeBase kb = KnowledgeBase.open(args[0])) {
            for (int i = 0; i < count; i++) {
                kb.add(article(i));
            }
        }
    }

    /** A distinct surname of letters for each number: 0 is "Aa", 1 "Ab", 26 "Ba", and so on. */
    private static String letters(int i) {
        StringBuilder name = new StringBuilder();
        for (int n = i; n > 0 || name.length() < 2; n /= 26) {
            name.insert(0, (char) ('a' + n % 26));
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    static org.corroborate.report.ArticleReport article(int i) {
        LocalDate day = LocalDate.of(2024, 1, 1).plusDays(i);
        String victim = "Person " + letters(i);
        return Reports.article("loop-" + i, "Outlet " + i, day, "Gunmen killed " + victim + " in Santa Ana on day "
                + i + ", witnesses said.").incident(IncidentType.ARMED_ASSAULT, "killed", day,
                Reports.town("Santa Ana", "Santa Ana", "El Salvador", 13.99, -89.56), List.of(victim), null).build();
    }
}
