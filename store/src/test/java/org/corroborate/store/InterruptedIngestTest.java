package org.corroborate.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InterruptedIngestTest {

    private static final int ARTICLES = 400;

    @TempDir
    Path folder;

    static List<String> engines() {
        return Databases.engines();
    }

    @ParameterizedTest
    @MethodSource("engines")
    void aProcessKilledMidIngestLeavesNoHalfArticleAndTheNextRunResumes(String engine) throws Exception {
        String location = Databases.fresh(engine, folder);
        Process child = loop(location);
        long stored = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (stored < 20 && System.nanoTime() < deadline && child.isAlive()) {
            Thread.sleep(100);
            try (KnowledgeBase kb = KnowledgeBase.open(location)) {
                stored = kb.totals().articles();
            }
        }
        assertThat(child.isAlive()).as("the child is still ingesting when killed").isTrue();
        child.destroyForcibly().waitFor(); // SIGKILL: no shutdown hooks, no rollback by the JVM

        try (KnowledgeBase kb = KnowledgeBase.open(location)) {
            KnowledgeBase.Totals afterKill = kb.totals();
            assertThat(afterKill.articles()).isBetween(1L, (long) ARTICLES - 1);
            assertThat(afterKill.incidentReports()).as("every stored article has its incident report")
                    .isEqualTo(afterKill.articles());
        }
        assertThat(loop(location).waitFor(120, TimeUnit.SECONDS)).isTrue();
        try (KnowledgeBase kb = KnowledgeBase.open(location)) {
            assertThat(kb.totals().articles()).isEqualTo(ARTICLES);
            assertThat(kb.totals().incidentReports()).isEqualTo(ARTICLES);
        }
    }

    private Process loop(String location) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), IngestLoop.class.getName(), location,
                String.valueOf(ARTICLES)).redirectErrorStream(true).redirectOutput(folder.resolve("child.log").toFile())
                .start();
    }
}
