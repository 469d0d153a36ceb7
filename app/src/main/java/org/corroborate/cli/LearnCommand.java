package org.corroborate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code corroborate learn targets}: target nouns and their types, learned from the MUC-4 DEV answer keys. */
@Command(name = "learn", mixinStandardHelpOptions = true,
        description = {"Learns the target lexicon from the MUC-4 DEV answer keys: the head noun of "
                + "every physical target the keys name (\"ELECTRIC TOWERS\" -> towers), with the GTD target type "
                + "that corresponds to the key's target type, kept when it occurs at least --min-count times.",
                "The result is shipped as core/src/main/resources/org/corroborate/incident/targets-learned.tsv; "
                        + "run this from the repository root to regenerate it."},
        footer = {"", "Example:", "  corroborate learn --data ../shared/data/muc34-terrorism"})
final class LearnCommand implements Callable<Integer> {

    /** MUC-4 PHYS TGT: TYPE to GTD target type (GTD codebook targtype1_txt). */
    private static final Map<String, String> GTD_TYPES = Map.ofEntries(
            Map.entry("COMMERCIAL", "Business"),
            Map.entry("FINANCIAL", "Business"),
            Map.entry("ENERGY", "Utilities"),
            Map.entry("WATER", "Food or Water Supply"),
            Map.entry("COMMUNICATIONS", "Telecommunication"),
            Map.entry("TRANSPORT VEHICLE", "Transportation"),
            Map.entry("TRANSPORTATION ROUTE", "Transportation"),
            Map.entry("GOVERNMENT OFFICE OR RESIDENCE", "Government (General)"),
            Map.entry("POLITICAL FIGURE OFFICE OR RESIDENCE", "Government (General)"),
            Map.entry("DIPLOMAT OFFICE OR RESIDENCE", "Government (Diplomatic)"),
            Map.entry("ORGANIZATION OFFICE", "Private Citizens & Property"),
            Map.entry("CIVILIAN RESIDENCE", "Private Citizens & Property"),
            Map.entry("LAW ENFORCEMENT FACILITY", "Police"),
            Map.entry("OTHER", "Unknown"));

    private static final Pattern TYPED_FILL = Pattern.compile("^\\??\\s*([A-Z ]+?)\\s*:\\s*\"([^\"]+)\"");

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data/muc34-terrorism",
            description = "The MUC-3/MUC-4 data folder. Default: ${DEFAULT-VALUE}.")
    Path data;

    @Option(names = "--output", paramLabel = "FILE",
            defaultValue = "core/src/main/resources/org/corroborate/incident/targets-learned.tsv",
            description = "Where to write the lexicon. Default: ${DEFAULT-VALUE}.")
    Path output;

    @Option(names = "--min-count", paramLabel = "N", defaultValue = "3",
            description = "Keep heads seen at least N times. Default: ${DEFAULT-VALUE}.")
    int minCount;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path templates = data.resolve("derived/templates.jsonl");
        if (!Files.isRegularFile(templates)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "MUC-4 keys not found at '" + templates
                    + "'; the evaluation data lives in ../shared/data next to the checkout; pass --data");
        }
        ObjectMapper mapper = new ObjectMapper();
        Map<String, Map<String, Integer>> typesByHead = new HashMap<>();
        int fills = 0;
        for (String line : Files.readAllLines(templates, StandardCharsets.UTF_8)) {
            JsonNode t = mapper.readTree(line);
            if (!t.path("message_id").asText().startsWith("DEV-")) {
                continue;
            }
            for (JsonNode value : t.path("slots").path("PHYS TGT: TYPE")) {
                Matcher m = TYPED_FILL.matcher(value.asText());
                if (!m.find() || !GTD_TYPES.containsKey(m.group(1).strip())) {
                    continue;
                }
                String head = head(m.group(2));
                if (head.length() > 2) {
                    typesByHead.computeIfAbsent(head, k -> new HashMap<>()).merge(m.group(1).strip(), 1, Integer::sum);
                    fills++;
                }
            }
        }
        List<Map.Entry<String, Map<String, Integer>>> kept = typesByHead.entrySet().stream()
                .filter(e -> total(e.getValue()) >= minCount)
                .sorted((a, b) -> total(b.getValue()) != total(a.getValue())
                        ? Integer.compare(total(b.getValue()), total(a.getValue())) : a.getKey().compareTo(b.getKey()))
                .toList();
        StringBuilder b = new StringBuilder();
        b.append("# Generated by 'corroborate learn' from the MUC-4 DEV answer keys (PHYS TGT: TYPE fills); do not edit.\n");
        b.append("# Regenerate: ./corroborate learn --data ../shared/data/muc34-terrorism --min-count ").append(minCount)
                .append('\n');
        b.append("# head\tgtd_target_type\tcount (the most frequent MUC-4 type decides the GTD type)\n");
        for (Map.Entry<String, Map<String, Integer>> e : kept) {
            String muc = e.getValue().entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            b.append(e.getKey()).append('\t').append(GTD_TYPES.get(muc)).append('\t').append(total(e.getValue()))
                    .append('\n');
        }
        Files.writeString(output, b.toString(), StandardCharsets.UTF_8);
        PrintWriter err = spec.commandLine().getErr();
        err.printf("Learned %d target heads from %d DEV target fills into %s%n", kept.size(), fills, output);
        err.flush();
        return 0;
    }

    /** The head noun of a key's target: the last word, or the last word before "of" ("offices of ..."). */
    static String head(String fill) {
        String lower = fill.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", " ").replaceAll("\\s+", " ").strip();
        int of = lower.indexOf(" of ");
        String phrase = of > 0 ? lower.substring(0, of) : lower;
        int space = phrase.lastIndexOf(' ');
        return space < 0 ? phrase : phrase.substring(space + 1);
    }

    private static int total(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
