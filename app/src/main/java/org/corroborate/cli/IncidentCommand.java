package org.corroborate.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.corroborate.incident.FigureKind;
import org.corroborate.store.FigureRange;
import org.corroborate.store.IncidentDetail;
import org.corroborate.store.IncidentSummary;
import org.corroborate.store.KnowledgeBase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code corroborate incident ID}: one incident with every source's figures, its evidence and why it was merged. */
@Command(name = "incident", mixinStandardHelpOptions = true,
        description = "Shows one incident: each source's figures side by side with their status, the reports behind "
                + "it with their evidence and why each was merged, and the statements and relations around it.",
        footer = {"", "Example:", "  corroborate incident 12 --db kb.db"})
final class IncidentCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, json }

    @Parameters(paramLabel = "ID", description = "The incident's id, as `corroborate incidents` lists it.")
    long id;

    @CommandLine.Mixin
    StoreOptions store;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json. Default: ${DEFAULT-VALUE}.")
    Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (KnowledgeBase kb = store.open()) {
            Optional<IncidentDetail> incident = kb.incident(id);
            if (incident.isEmpty()) {
                spec.commandLine().getErr().println("corroborate: no incident " + id + " in " + kb.location()
                        + "; `corroborate incidents` lists them");
                return 1;
            }
            if (format == Format.json) {
                out.println(StoreJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(incident.get()));
            } else {
                text(incident.get(), out);
            }
            out.flush();
        }
        return 0;
    }

    private static void text(IncidentDetail incident, PrintWriter out) {
        IncidentSummary s = incident.summary();
        out.printf("Incident %d: %s, %s, %s%n", s.id(), s.type(),
                s.start().map(d -> s.end().filter(e -> !e.equals(d)).map(e -> d + ".." + e).orElse(d.toString()))
                        .orElse("date unknown"), s.place().orElse("place unknown"));
        out.printf("%d report(s) from %d source(s), %d independent.%n", s.reports(), s.sources(),
                s.independentSources());
        if (!s.perpetrators().isEmpty()) {
            out.println("Perpetrators named: " + String.join(", ", s.perpetrators()));
        }
        if (!s.figures().isEmpty()) {
            out.println();
            out.println("Figures across sources (low-high; conservative = lowest among independent sources):");
            for (Map.Entry<FigureKind, FigureRange> f : s.figures().entrySet()) {
                out.printf("  %-20s %-8s conservative %d, from %d independent source(s)%n", f.getKey(),
                        IncidentsCommand.range(f.getValue()), f.getValue().conservative(), f.getValue().sources());
            }
        }
        out.println();
        out.println("Figures per source:");
        String row = "  %-24s %-18s %-6s %-10s %-10s %-10s %s%n";
        out.printf(row, "SOURCE", "ARTICLE", "INDEP", "KILLED", "INJURED", "HOSTAGES", "STATUS");
        for (IncidentDetail.SourceReport r : incident.reports()) {
            out.printf(row, IncidentsCommand.cut(r.source(), 24), IncidentsCommand.cut(r.articleKey(), 18), r.copyOf().isPresent() ? "copy" : "yes",
                    figure(r, FigureKind.KILLED), figure(r, FigureKind.INJURED), figure(r, FigureKind.HOSTAGES),
                    r.figures().stream().map(f -> f.status() + f.source().map(x -> " (" + x + ")").orElse(""))
                            .distinct().collect(Collectors.joining(", ")));
        }
        out.println();
        out.println("Reports:");
        for (IncidentDetail.SourceReport r : incident.reports()) {
            out.printf("  %s (%s%s): %s, %s, %s%n", r.articleKey(), r.source(),
                    r.published().map(d -> ", " + d).orElse(""), r.type(), r.date().orElse("date unknown"),
                    r.place().orElse("place unknown"));
            out.println("    evidence: \"" + oneLine(r.evidence().text()) + "\" [" + r.evidence().start() + ", "
                    + r.evidence().end() + ")");
            r.copyOf().ifPresent(c -> out.println("    copy of " + c + ": not an independent source"));
            out.println("    " + r.mergeReason().map(m -> "merged: " + m).orElse("started the incident"));
            for (IncidentDetail.PartyRow p : r.parties()) {
                out.printf("    %-11s %s%s%s%n", p.role().toLowerCase(java.util.Locale.ROOT), p.text(),
                        p.actor().filter(a -> !a.equals(p.text())).map(a -> " = " + a).orElse(""),
                        p.status().map(x -> " [" + x + p.source().map(y -> ", " + y).orElse("") + "]").orElse(""));
            }
        }
        if (!incident.statements().isEmpty()) {
            out.println();
            out.println("Statements in the reports' evidence:");
            for (IncidentDetail.StatementRow st : incident.statements()) {
                out.printf("  [%s%s] %s%s: \"%s\"%n", st.status(), st.polarity().equals("NEGATIVE") ? ", negated" : "",
                        st.articleKey(), st.source().map(x -> ", source " + x).orElse(""), oneLine(st.evidence().text()));
            }
        }
        if (!incident.relations().isEmpty()) {
            out.println();
            out.println("Relations of its parties in these articles:");
            for (IncidentDetail.RelationRow rel : incident.relations()) {
                out.printf("  %s %s %s [%s%s] (%s)%n", rel.subject(), rel.predicate(), rel.object(), rel.status(),
                        rel.source().map(x -> ", " + x).orElse(""), rel.articleKey());
            }
        }
    }

    private static String figure(IncidentDetail.SourceReport report, FigureKind kind) {
        List<String> values = report.figures().stream().filter(f -> f.kind() == kind)
                .map(f -> f.max().map(m -> m == f.min() ? String.valueOf(m) : f.min() + "-" + m).orElse(f.min() + "+"))
                .distinct().toList();
        return values.isEmpty() ? "-" : String.join("/", values);
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() > 160 ? line.substring(0, 159) + "…" : line;
    }
}
