package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corroborate.nlp.CannedNlpEngine;
import org.corroborate.testkit.Recordings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AnalyzeCommandTest {

    private final ObjectMapper mapper = new ObjectMapper();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine(e -> new CannedNlpEngine());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private static Path write(Path dir, String name, String id) throws IOException {
        return Files.writeString(dir.resolve(name), Recordings.article(id).text());
    }

    @Test
    void jsonOutputFollowsTheContract(@TempDir Path dir) throws IOException {
        Path file = write(dir, "bombing.txt", "two-incidents");
        int code = run("analyze", file.toString(), "--format", "json");
        assertThat(code).as(err.toString()).isZero();
        JsonNode report = mapper.readTree(out.toString());
        Contract.assertFollowsContract(report);
        assertThat(report.path("article").path("id").asText()).isEqualTo("bombing");
        assertThat(report.path("incidents")).hasSize(2);
    }

    @Test
    void jsonLinesInputGivesOneReportPerGoodLineAndNamesTheBadLine(@TempDir Path dir) throws IOException {
        Path feed = dir.resolve("feed.jsonl");
        Files.writeString(feed, mapper.writeValueAsString(java.util.Map.of("id", "x1", "text",
                Recordings.article("armed").text(), "published", "2025-05-16")) + "\n{not json\n"
                + mapper.writeValueAsString(java.util.Map.of("id", "x2", "text", Recordings.article("rumour").text(),
                "date", "2025-05-16")) + "\n");
        int code = run("analyze", feed.toString(), "--format", "jsonl");
        assertThat(code).isEqualTo(1);
        String[] lines = out.toString().strip().split("\n");
        assertThat(lines).hasSize(2);
        for (String line : lines) {
            Contract.assertFollowsContract(mapper.readTree(line));
        }
        assertThat(mapper.readTree(lines[0]).path("article").path("id").asText()).isEqualTo("x1");
        assertThat(err.toString()).contains("feed.jsonl' line 2 is not valid JSON");
    }

    @Test
    void textOutputShowsIncidentsRelationsAndStatementsForPeople(@TempDir Path dir) throws IOException {
        Path file = write(dir, "nested.txt", "nested-accusation");
        int code = run("analyze", file.toString(), "--published", "2025-05-16");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("RELATIONS (2)")
                .contains("Pakistan ACCUSED India  [SPECULATED]")
                .contains("India FUNDED Baloch Liberation Army  [ALLEGED by Pakistan]")
                .contains("SPECULATED (1)");
    }

    @Test
    void badInputsAreNamedAndTheRestOfTheBatchIsAnalysed(@TempDir Path dir) throws IOException {
        Path good = write(dir, "good.txt", "two-incidents");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {'a', 0, 1, 2});
        Path latin1 = Files.write(dir.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
        int code = run("analyze", empty.toString(), binary.toString(), latin1.toString(),
                dir.resolve("missing.txt").toString(), good.toString(), "--format", "jsonl");
        assertThat(code).isEqualTo(1);
        assertThat(out.toString().strip().split("\n")).hasSize(1);
        assertThat(err.toString())
                .contains("empty.txt' is empty")
                .contains("binary.txt' looks binary (NUL byte at offset 1)")
                .contains("latin1.txt' is not valid UTF-8 at byte 3; pass --encoding")
                .contains("missing.txt' does not exist")
                .contains("Analysed 1 article(s)");
    }

    @Test
    void encodingOptionReadsLatin1Text(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("armed.txt"),
                Recordings.article("armed").text().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        int code = run("analyze", file.toString(), "--encoding", "ISO-8859-1", "--published", "2025-05-16",
                "--format", "json");
        assertThat(code).as(err.toString()).isZero();
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(run("analyze", "x.txt", "--colour")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--colour'");
    }

    @Test
    void outputFileInAMissingFolderIsAUsageErrorNamingTheFolder(@TempDir Path dir) throws IOException {
        Path file = write(dir, "a.txt", "armed");
        assertThat(run("analyze", file.toString(), "--output", dir.resolve("no/such/out.json").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("does not exist");
    }
}
