package org.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PathReaderTest {

    private static List<ReadResult> read(ReadOptions options, Path... paths) {
        try (Stream<ReadResult> s = new PathReader(options).read(List.of(paths))) {
            return s.toList();
        }
    }

    private static List<ReadResult> read(Path... paths) {
        return read(ReadOptions.defaults(), paths);
    }

    @Test
    void textFileIsOneArticleNamedAfterTheFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("quetta-blast.txt"), "A blast hit Quetta.");
        assertThat(read(file)).singleElement().satisfies(r -> {
            assertThat(r.failed()).isFalse();
            assertThat(r.article().orElseThrow().id()).isEqualTo("quetta-blast");
            assertThat(r.article().orElseThrow().text()).isEqualTo("A blast hit Quetta.");
        });
    }

    @Test
    void folderIsReadRecursivelyInNameOrderSkippingHiddenAndOtherFiles(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("b/.git"));
        Files.writeString(dir.resolve("b/two.txt"), "two");
        Files.writeString(dir.resolve("a.txt"), "one");
        Files.writeString(dir.resolve("b/.git/config"), "hidden");
        Files.writeString(dir.resolve("b/picture.png"), "not text");
        assertThat(read(dir)).extracting(r -> r.article().orElseThrow().id()).containsExactly("a", "b/two");
    }

    @Test
    void emptyBinaryAndNonUtf8FilesFailWithMessagesThatNameTheFileAndTheFix(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), " \n");
        Path binary = Files.write(dir.resolve("image.txt"), new byte[] {'G', 'I', 'F', 0, 1});
        Path latin1 = Files.write(dir.resolve("old.txt"), "Bogotá".getBytes(StandardCharsets.ISO_8859_1));
        List<ReadResult> results = read(empty, binary, latin1, dir.resolve("nowhere.txt"));
        assertThat(results).allMatch(ReadResult::failed);
        assertThat(results).extracting(r -> r.problems().get(0).code())
                .containsExactly("empty-file", "binary-file", "bad-encoding", "missing-path");
        assertThat(results.get(2).problems().get(0).message())
                .contains("old.txt").contains("at byte 5").contains("--encoding");
    }

    @Test
    void encodingOptionDecodesOtherCharsets(@TempDir Path dir) throws IOException {
        Path latin1 = Files.write(dir.resolve("old.txt"), "Bogotá".getBytes(StandardCharsets.ISO_8859_1));
        ReadOptions options = new ReadOptions(StandardCharsets.ISO_8859_1, Optional.empty(), Optional.empty());
        assertThat(read(options, latin1)).singleElement()
                .satisfies(r -> assertThat(r.article().orElseThrow().text()).isEqualTo("Bogotá"));
    }

    @Test
    void jsonLinesGiveOneArticlePerLineAndBadLinesDoNotStopTheFile(@TempDir Path dir) throws IOException {
        Path feed = Files.writeString(dir.resolve("feed.jsonl"), String.join("\n",
                "{\"id\":\"a\",\"text\":\"First.\",\"publisher\":\"EFE\",\"date\":\"1990-01-03\"}",
                "{\"id\":\"b\",\"text\":",
                "",
                "{\"id\":\"c\"}",
                "{\"text\":\"No id.\",\"published\":\"3 Jan 1990\"}") + "\n");
        List<ReadResult> results = read(feed);
        assertThat(results).hasSize(4);
        assertThat(results.get(0).article()).hasValueSatisfying(a -> {
            assertThat(a.id()).isEqualTo("a");
            assertThat(a.outlet()).hasValue("EFE");
            assertThat(a.published()).hasValue(LocalDate.of(1990, 1, 3));
            assertThat(a.origin()).endsWith("feed.jsonl:1");
        });
        assertThat(results.get(1).problems().get(0).message()).contains("line 2 is not valid JSON");
        assertThat(results.get(2).problems().get(0).message()).contains("line 4 has no \"text\" field");
        ReadResult last = results.get(3);
        assertThat(last.article()).hasValueSatisfying(a -> assertThat(a.id()).startsWith("sha256-"));
        assertThat(last.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("line 5").contains("'3 Jan 1990' is not ISO-8601"));
    }

    @Test
    void defaultsFromOptionsFillWhatTheArticleLacks(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("x.txt"), "Text.");
        ReadOptions options = new ReadOptions(StandardCharsets.UTF_8, Optional.of(LocalDate.of(2025, 5, 16)),
                Optional.of("Dawn"));
        assertThat(read(options, file)).singleElement().satisfies(r -> {
            assertThat(r.article().orElseThrow().published()).hasValue(LocalDate.of(2025, 5, 16));
            assertThat(r.article().orElseThrow().outlet()).hasValue("Dawn");
        });
    }
}
