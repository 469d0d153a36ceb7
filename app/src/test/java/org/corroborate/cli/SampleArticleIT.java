package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The acceptance check of the foundation on the sample article, with the real CoreNLP models. The article's licence
 * forbids copying it, so it is read from {@code ../shared}; the test is skipped, saying so, when that folder is absent.
 */
class SampleArticleIT {

    private static final Path SHARED = Path.of(System.getProperty("corroborate.shared", "../shared"));
    private static final Path ARTICLE = SHARED.resolve("corpus/dev/balochistan-qinan-2025-05.txt");

    @Test
    void sampleArticleGivesTheThreeIncidentsAndTheGoldRelations(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isRegularFile(ARTICLE), "the sample article is not at " + ARTICLE.toAbsolutePath()
                + " (../shared is absent on this machine); skipped");
        Path reports = dir.resolve("reports.jsonl");
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(err));
        int code = cli.execute("analyze", ARTICLE.toString(), "--format", "jsonl", "--output", reports.toString());
        assertThat(code).as(err.toString()).isZero();

        JsonNode report = new ObjectMapper().readTree(Files.readString(reports));
        Contract.assertFollowsContract(report);
        List<JsonNode> incidents = new ArrayList<>();
        report.path("incidents").forEach(incidents::add);

        assertThat(incidents).anySatisfy(i -> {
            assertThat(i.path("type").asText()).isIn("HIJACKING", "KIDNAPPING", "HOSTAGE_BARRICADE");
            assertThat(i.path("date").path("start").asText()).isEqualTo("2025-03-11");
            assertThat(i.path("place").path("country").asText()).isEqualTo("PK");
            assertThat(i.path("place").path("admin1").asText()).isEqualTo("Balochistan");
            assertThat(i.path("figures").path("hostages").path(0).path("min").asInt()).isEqualTo(451);
            assertThat(i.path("claimed_by").path(0).path("actor").asText()).isEqualTo("Baloch Liberation Army");
        });
        assertThat(incidents).anySatisfy(i -> {
            assertThat(i.path("type").asText()).isEqualTo("BOMBING");
            assertThat(i.path("date").path("start").asText()).isEqualTo("2025-03-16");
            assertThat(i.path("suicide").asBoolean()).isTrue();
            assertThat(i.path("place").path("admin1").asText()).isEqualTo("Balochistan");
            assertThat(i.path("figures").path("killed").path(0).path("min").asInt()).isEqualTo(5);
            assertThat(i.path("figures").path("injured").path(0).path("min").asInt()).isEqualTo(31);
            assertThat(i.path("perpetrators").toString()).contains("Baloch Liberation Army");
        });
        assertThat(incidents).anySatisfy(i -> {
            assertThat(i.path("status").asText()).isEqualTo("CLAIMED");
            assertThat(i.path("evidence").toString()).contains("39 locations");
        });
        assertThat(incidents).noneSatisfy(i -> assertThat(i.path("date").path("start").asText())
                .isIn("2025-09-11", "2001-09-11"));
        assertThat(report.path("problems").toString()).contains("date-inferred");

        StringWriter out = new StringWriter();
        CommandLine eval = Main.commandLine();
        eval.setOut(new PrintWriter(out));
        eval.setErr(new PrintWriter(err));
        int evalCode = eval.execute("eval", "gold", SHARED.resolve("gold/dev").toString(), "--reports",
                reports.toString(), "--min-relation-recall", "0.67", "--max-must-not", "0");
        assertThat(evalCode).as(out + "\n" + err).isZero();
    }
}
