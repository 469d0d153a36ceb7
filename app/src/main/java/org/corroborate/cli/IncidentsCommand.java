package org.corroborate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.corroborate.incident.FigureKind;
import org.corroborate.incident.IncidentType;
import org.corroborate.store.FigureRange;
import org.corroborate.store.IncidentQuery;
import org.corroborate.store.IncidentSummary;
import org.corroborate.store.KnowledgeBase;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code corroborate incidents}: the incidents of the knowledge base, filtered. */
@Command(name = "incidents", mixinStandardHelpOptions = true,
        description = "Lists the incidents of the knowledge base, oldest first, with how many sources and independent "
                + "sources report each and the range of their figures.",
        footer = {"", "Examples:",
                "  corroborate incidents --from 1989-11-01 --to 1989-11-30 --place \"san salvador\"",
                "  corroborate incidents --min-sources 3 --format csv > incidents.csv"})
final class IncidentsCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { table, json, csv }

    @CommandLine.Mixin
    StoreOptions store;

    @CommandLine.Mixin
    IncidentFilterOptions filter;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100",
            description = "At most N incidents; 0 for all. Default: ${DEFAULT-VALUE}.")
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip the first N incidents.")
    int offset;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, json or csv. Default: ${DEFAULT-VALUE}.")
    Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (limit < 0 || offset < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit and --offset take 0 or more");
        }
        IncidentQuery query = filter.query(spec, limit, offset);
        PrintWriter out = spec.commandLine().getOut();
        try (KnowledgeBase kb = store.open()) {
            List<IncidentSummary> incidents = kb.incidents(query);
            int total = kb.countIncidents(query);
            switch (format) {
                case table -> table(incidents, out);
                case json -> out.println(StoreJson.mapper().writerWithDefaultPrettyPrinter()
                        .writeValueAsString(incidents));
                case csv -> csv(incidents, out);
            }
            out.flush();
            if (offset + incidents.size() < total) {
                spec.commandLine().getErr().printf("%d of %d incidents shown; use --limit 0 for all, or --offset %d "
                        + "for the next ones.%n", incidents.size(), total, offset + incidents.size());
            }
        }
        return 0;
    }

    private static void table(List<IncidentSummary> incidents, PrintWriter out) {
        String row = "%6s  %-10s  %-18s  %-32s  %7s  %5s  %-9s  %-9s  %s%n";
        out.printf(row, "ID", "DATE", "TYPE", "PLACE", "SOURCES", "INDEP", "KILLED", "INJURED", "PERPETRATORS");
        for (IncidentSummary i : incidents) {
            out.printf(row, i.id(), i.start().map(LocalDate::toString).orElse("?"), i.type(),
                    cut(i.place().orElse("?"), 32), i.sources(), i.independentSources(),
                    range(i.figures().get(FigureKind.KILLED)), range(i.figures().get(FigureKind.INJURED)),
                    cut(String.join(", ", i.perpetrators()), 40));
        }
        if (incidents.isEmpty()) {
            out.println("(no incidents match)");
        }
    }

    private static void csv(List<IncidentSummary> incidents, PrintWriter out) throws IOException {
        List<String> header = List.of("id", "type", "date_start", "date_end", "place", "reports", "sources",
                "independent_sources", "killed_min", "killed_max", "killed_conservative", "injured_min",
                "injured_max", "injured_conservative", "hostages_min", "hostages_max", "perpetrators", "title");
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new))
                .get())) {
            for (IncidentSummary i : incidents) {
                FigureRange killed = i.figures().get(FigureKind.KILLED);
                FigureRange injured = i.figures().get(FigureKind.INJURED);
                FigureRange hostages = i.figures().get(FigureKind.HOSTAGES);
                csv.printRecord(i.id(), i.type(), i.start().orElse(null), i.end().orElse(null),
                        i.place().orElse(null), i.reports(), i.sources(), i.independentSources(),
                        value(killed, FigureRange::low), value(killed, FigureRange::high),
                        value(killed, FigureRange::conservative), value(injured, FigureRange::low),
                        value(injured, FigureRange::high), value(injured, FigureRange::conservative),
                        value(hostages, FigureRange::low), value(hostages, FigureRange::high),
                        String.join("; ", i.perpetrators()), i.title());
            }
        }
    }

    /** One number of a range, or an empty cell when no report gives the figure. */
    private static Long value(FigureRange range, java.util.function.ToLongFunction<FigureRange> part) {
        return range == null ? null : part.applyAsLong(range);
    }

    /** "6", "6-8", "5+" or "-". */
    static String range(FigureRange range) {
        if (range == null) {
            return "-";
        }
        String text = range.low() == range.high() ? String.valueOf(range.low()) : range.low() + "-" + range.high();
        return range.openAbove() ? text + "+" : text;
    }

    /** {@code text} shortened to {@code width} characters with an ellipsis. */
    static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
