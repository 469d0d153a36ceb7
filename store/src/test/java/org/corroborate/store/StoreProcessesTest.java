package org.corroborate.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The store used by several processes: one killed mid-ingest, several opening one fresh database at once. */
class StoreProcessesTest {

    /** More than the child can store before it is killed, whatever the engine's speed. */
    private static final int ENDLESS = 1_000_000;
    private static final int MORE = 50;

    @TempDir
    Path folder;

    static List<String> engines() {
        return Databases.engines();
    }

    @ParameterizedTest
    @MethodSource("engines")
    void aProcessKilledMidIngestLeavesNoHalfArticleAndTheNextRunResumes(String engine) throws Exception {
        String location = Databases.fresh(engine, folder);
        Process child = loop(location, ENDLESS);
        long stored = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (stored < 20 && System.nanoTime() < deadline && child.isAlive()) {
            Thread.sleep(100);
            try (KnowledgeBase kb = KnowledgeBase.open(location)) {
                stored = kb.totals().articles();
            }
        }
        assertThat(child.isAlive()).as("the child is still ingesting when killed; its output:%n%s",
                Files.exists(log()) ? Files.readString(log()) : "").isTrue();
        child.destroyForcibly().waitFor(); // SIGKILL: no shutdown hooks, no rollback by the JVM

        long afterKill;
        try (KnowledgeBase kb = KnowledgeBase.open(location)) {
            KnowledgeBase.Totals totals = kb.totals();
            afterKill = totals.articles();
            assertThat(afterKill).isPositive();
            assertThat(totals.incidentReports()).as("every stored article has its incident report")
                    .isEqualTo(afterKill);
        }
        // The rerun reads the same articles again and goes further: what was stored is skipped, nothing is lost.
        long total = afterKill + MORE;
        assertThat(loop(location, total).waitFor(120, TimeUnit.SECONDS)).isTrue();
        try (KnowledgeBase kb = KnowledgeBase.open(location)) {
            assertThat(kb.totals().articles()).isEqualTo(total);
            assertThat(kb.totals().incidentReports()).isEqualTo(total);
        }
    }

    @ParameterizedTest
    @MethodSource("engines")
    void processesOpeningOneFreshDatabaseAtOnceAllSucceed(String engine) throws Exception {
        String location = Databases.fresh(engine, folder);
        List<Process> openers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            openers.add(loop(location, 0)); // opens (and so migrates) the database, adds nothing
        }
        for (Process opener : openers) {
            assertThat(opener.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(opener.exitValue()).as("an opener failed; its output:%n%s", Files.readString(log()))
                    .isZero();
        }
    }

    private Path log() {
        return folder.resolve("child.log");
    }

    private Process loop(String location, long articles) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), IngestLoop.class.getName(), location,
                String.valueOf(articles)).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()))
                .start();
    }
}
