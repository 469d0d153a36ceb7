package org.corroborate.cli;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.corroborate.incident.IncidentReport;
import org.corroborate.relation.Relation;
import org.corroborate.report.ArticleReport;
import org.corroborate.report.Count;
import org.corroborate.report.DateInterval;
import org.corroborate.report.Party;
import org.corroborate.report.Problem;
import org.corroborate.report.Source;
import org.corroborate.report.Status;
import org.corroborate.statement.Statement;

/** A report for people reading a terminal: incidents with their figures, relations, statements by status. */
final class TextReport {

    private static final int WIDTH = 100;

    String render(ArticleReport r) {
        StringBuilder b = new StringBuilder();
        b.append("=".repeat(WIDTH)).append('\n');
        b.append("Article ").append(r.article().id());
        r.article().outlet().ifPresent(o -> b.append(" (").append(o).append(')'));
        b.append('\n');
        r.referenceDate().ifPresent(d -> b.append("Dates resolved against ").append(d).append('\n'));
        b.append('\n');
        incidents(b, r.incidents());
        relations(b, r.relations());
        statements(b, r.statements());
        problems(b, r.problems());
        return b.toString();
    }

    private void incidents(StringBuilder b, List<IncidentReport> incidents) {
        b.append("INCIDENTS (").append(incidents.size()).append(")\n");
        for (IncidentReport i : incidents) {
            b.append(String.format("  [%s] %s, %s, %s%n", i.id(), i.type(), i.status(), date(i.date())));
            i.place().ifPresent(p -> b.append("       where: ").append(p.name())
                    .append(p.admin1().filter(a -> !a.equals(p.name())).map(a -> ", " + a).orElse(""))
                    .append(p.country().map(c -> ", " + c).orElse("")).append(" (").append(p.precision()).append(")\n"));
            line(b, "by", parties(i.perpetrators()));
            line(b, "claimed by", parties(i.claimedBy()));
            line(b, "victims", parties(i.victims()));
            line(b, "targets", i.targets().stream().map(t -> t.text() + t.gtdTargetType().map(g -> " [" + g + "]")
                    .orElse("")).collect(Collectors.joining("; ")));
            line(b, "weapons", i.weapons().stream().map(w -> w.text() + w.gtdWeaponType().map(g -> " [" + g + "]")
                    .orElse("")).collect(Collectors.joining("; ")));
            figures(b, "killed", i.figures().killed());
            figures(b, "injured", i.figures().injured());
            figures(b, "hostages", i.figures().hostages());
            figures(b, "attackers", i.figures().attackers());
            figures(b, "perpetrators killed", i.figures().perpetratorsKilled());
            if (i.suicide().orElse(false)) {
                b.append("       suicide attack\n");
            }
            b.append("       evidence: \"").append(shorten(i.evidence().get(0).text(), 80)).append("\"\n");
        }
        b.append('\n');
    }

    private void relations(StringBuilder b, List<Relation> relations) {
        b.append("RELATIONS (").append(relations.size()).append(")\n");
        for (Relation r : relations) {
            b.append(String.format("  %s %s%s %s  [%s%s]%n", r.subject(),
                    r.polarity() == org.corroborate.report.Polarity.NEGATIVE ? "NOT " : "", r.predicate(), r.object(),
                    r.status(), source(r.source())));
        }
        b.append('\n');
    }

    private void statements(StringBuilder b, List<Statement> statements) {
        Map<Status, List<Statement>> byStatus = new EnumMap<>(Status.class);
        for (Statement s : statements) {
            byStatus.computeIfAbsent(s.status(), k -> new java.util.ArrayList<>()).add(s);
        }
        b.append("STATEMENTS (").append(statements.size()).append(")\n");
        for (Map.Entry<Status, List<Statement>> e : byStatus.entrySet()) {
            b.append("  ").append(e.getKey()).append(" (").append(e.getValue().size()).append(")\n");
            for (Statement s : e.getValue()) {
                b.append("    - \"").append(shorten(s.span().text(), 76)).append('"');
                s.cue().ifPresent(c -> b.append(" cue \"").append(c.text()).append('"'));
                b.append(source(s.source()));
                if (s.polarity() == org.corroborate.report.Polarity.NEGATIVE) {
                    b.append(" (negated)");
                }
                b.append('\n');
            }
        }
        b.append('\n');
    }

    private void problems(StringBuilder b, List<Problem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        b.append("PROBLEMS (").append(problems.size()).append(")\n");
        for (Problem p : problems) {
            b.append("  ").append(p.code()).append(": ").append(p.message()).append('\n');
        }
        b.append('\n');
    }

    private static void line(StringBuilder b, String label, String value) {
        if (!value.isEmpty()) {
            b.append(String.format("       %s: %s%n", label, value));
        }
    }

    private static void figures(StringBuilder b, String label, List<Count> counts) {
        for (Count c : counts) {
            String range = c.max().map(max -> max.equals(c.min()) ? String.valueOf(c.min()) : c.min() + "-" + max)
                    .orElse(c.min() + "+");
            b.append(String.format("       %s: %s (\"%s\", %s%s)%n", label, range, c.text(), c.status(),
                    source(c.source())));
        }
    }

    private static String parties(List<Party> parties) {
        return parties.stream().map(p -> p.actor().orElse(p.text()) + (p.status() == Status.ASSERTED ? ""
                : " (" + p.status() + source(p.source()) + ")")).collect(Collectors.joining("; "));
    }

    private static String source(Optional<Source> source) {
        return source.map(s -> " by " + s.name()).orElse("");
    }

    private static String date(DateInterval d) {
        return switch (d.precision()) {
            case UNKNOWN -> "date unknown";
            case BEFORE -> "before " + d.end().map(Object::toString).orElse("?");
            case DAY -> d.start().map(Object::toString).orElse("?");
            default -> d.start().map(Object::toString).orElse("?") + ".." + d.end().map(Object::toString).orElse("?")
                    + " (" + d.precision() + ")";
        };
    }

    private static String shorten(String s, int max) {
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 3) + "...";
    }
}
