package org.corroborate.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corroborate.cli.Main;
import org.corroborate.nlp.CannedNlpEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class Muc4ScoringTest {

    @Test
    void normalisationDropsCasePunctuationAndArticles() {
        assertThat(Muc4Keys.normalise("The \"FARABUNDO MARTI\" Front, (FMLN)")).isEqualTo("farabundo marti front fmln");
        assertThat(Muc4Keys.normalise("A CAR-BOMB")).isEqualTo("car bomb");
    }

    @Test
    void alignmentIsOptimalNotGreedy() {
        // Greedy would give "fmln" to the first entity and leave the second without a match.
        List<Set<String>> gold = List.of(Set.of("fmln", "farabundo marti front"), Set.of("fmln"));
        assertThat(CeafRee.matched(gold, List.of("farabundo marti front", "fmln"))).isEqualTo(2);
        assertThat(CeafRee.matched(gold, List.of("fmln", "guerrillas"))).isEqualTo(1);
        assertThat(CeafRee.matched(gold, List.of())).isZero();
    }

    @Test
    void keysMergeAlternativesAcrossTemplatesAndSkipIrrelevantOnes(@TempDir Path dir) throws IOException {
        Path templates = dir.resolve("templates.jsonl");
        Files.writeString(templates, String.join("\n",
                template("DEV-MUC3-0001", "1", "KIDNAPPING", "\"FMLN\" / \"FARABUNDO MARTI FRONT\"",
                        "REPORTED AS FACT: \"FMLN\""),
                template("DEV-MUC3-0001", "2", "ATTACK", "\"FMLN\"", "CLAIMED OR ADMITTED: \"FMLN\""),
                template("DEV-MUC3-0002", "*", "*", "*", "*"),
                template("TST1-MUC3-0001", "1", "BOMBING", "\"ELN\"", "-")) + "\n");
        Map<String, Muc4Keys.Message> keys = Muc4Keys.read(templates, "dev");
        assertThat(keys).containsOnlyKeys("DEV-MUC3-0001", "DEV-MUC3-0002");
        Muc4Keys.Message first = keys.get("DEV-MUC3-0001");
        assertThat(first.templates()).extracting(Muc4Keys.Template::type).containsExactly("KIDNAPPING", "ATTACK");
        assertThat(first.entities().get(Muc4Role.PERP_ORG)).containsExactly(Set.of("fmln", "farabundo marti front"));
        assertThat(keys.get("DEV-MUC3-0002").templates()).isEmpty();
    }

    @Test
    void unknownSplitIsAUsageErrorNamingTheSplits() {
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine(e -> new CannedNlpEngine());
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute("eval", "muc4", "--split", "test")).isEqualTo(2);
        assertThat(err.toString()).contains("'test' is not a split; use dev, tst1 or tst2");
    }

    @Test
    void missingDataFolderSaysWhereTheDataLives(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine(e -> new CannedNlpEngine());
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute("eval", "muc4", "--split", "tst1", "--data", dir.resolve("none").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("MUC-4 data not found").contains("--data");
    }

    private static String template(String id, String number, String type, String org, String confidence) {
        return "{\"message_id\":\"" + id + "\",\"template\":\"" + number + "\",\"slots\":{"
                + "\"MESSAGE: TEMPLATE\":[\"" + number + "\"],\"INCIDENT: TYPE\":[\"" + type + "\"],"
                + "\"PERP: ORGANIZATION ID\":[" + json(org) + "],"
                + "\"PERP: ORGANIZATION CONFIDENCE\":[" + json(confidence) + "]}}";
    }

    private static String json(String s) {
        return "\"" + s.replace("\"", "\\\"") + "\"";
    }
}
