package org.corroborate.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.corroborate.export.ExportFormat;
import org.corroborate.export.Exporter;
import org.corroborate.store.KnowledgeBase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code corroborate export}: the knowledge base in a format other tools load. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the knowledge base in a format other tools load.",
                "Incident formats (acled, gtd, ucdp, geojson, jsonl) take the same filters as 'incidents'; graphml "
                        + "writes the actor graph and claimreview the attributed statements.",
                "Single-value figure columns (ACLED fatalities, GTD nkill, UCDP best) hold the lowest figure among "
                        + "independent sources; _min, _max and _sources columns stand beside them."},
        footer = {"", "Formats:",
                "  acled        ACLED-style CSV (event_date, event_type, actor1, fatalities, ...)",
                "  gtd          GTD-style CSV (iyear, attacktype1_txt, gname, nkill, nwound, ...)",
                "  ucdp         UCDP GED-style CSV (side_a, side_b, where_prec, best, low, high, ...)",
                "  geojson      incidents with coordinates as a GeoJSON FeatureCollection",
                "  graphml      actors and relations (predicate, status, source, evidence) as GraphML",
                "  claimreview  attributed statements as schema.org ClaimReview JSON-LD",
                "  jsonl        one incident per line with every source's report and figures",
                "", "Examples:",
                "  corroborate export --format acled --output incidents.csv",
                "  corroborate export --format geojson --from 1989-11-01 --min-sources 2 > incidents.geojson"})
final class ExportCommand implements Callable<Integer> {

    @CommandLine.Mixin
    StoreOptions store;

    @CommandLine.Mixin
    IncidentFilterOptions filter;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "acled, gtd, ucdp, geojson, graphml, claimreview or jsonl.",
            converter = FormatConverter.class)
    ExportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (replaced only when the export is complete); default: standard output.")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Reads a format name, case ignored, with the list of formats in the error. */
    static final class FormatConverter implements CommandLine.ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            try {
                return ExportFormat.named(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    @Override
    public Integer call() throws IOException {
        var query = filter.query(spec, 0, 0);
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = new Progress(err, "export " + format.name().toLowerCase(java.util.Locale.ROOT));
        try (KnowledgeBase kb = store.open()) {
            Exporter exporter = new Exporter(kb);
            int written;
            if (output == null) {
                PrintWriter out = spec.commandLine().getOut();
                written = exporter.write(format, query, out, n -> progress.tick());
                out.flush();
            } else {
                Path folder = output.toAbsolutePath().getParent();
                if (folder != null && !Files.isDirectory(folder)) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--output " + output
                            + ": folder " + folder + " does not exist; create it or choose another file");
                }
                Path partial = output.resolveSibling(output.getFileName() + ".partial");
                try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(partial),
                        StandardCharsets.UTF_8))) {
                    written = exporter.write(format, query, out, n -> progress.tick());
                } catch (IOException | RuntimeException e) {
                    Files.deleteIfExists(partial);
                    throw e;
                }
                Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            progress.done();
            err.printf("export: %d %s written as %s%s%n", written, switch (format) {
                case GRAPHML -> "relations";
                case CLAIMREVIEW -> "statements";
                default -> "incidents";
            }, format.name().toLowerCase(java.util.Locale.ROOT), output == null ? "" : " to " + output);
        }
        return 0;
    }
}
