package org.corroborate.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.corroborate.article.Article;
import org.corroborate.report.Problem;

/**
 * Reads a JSON Lines file, one article per line: {@code id}, {@code text}, and optionally {@code title},
 * {@code outlet} (or {@code publisher}), {@code author}, {@code url}, {@code published} (or {@code date}, ISO-8601).
 * Lines are read lazily; a bad line becomes a failed result naming the file and line, and reading goes on.
 */
final class JsonLinesReader {

    private final ObjectMapper mapper = new ObjectMapper();

    Stream<ReadResult> read(Path file, String displayName, ReadOptions options) {
        BufferedReader reader;
        try {
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder));
        } catch (IOException e) {
            return Stream.of(ReadResult.failed(displayName, "unreadable", "cannot read '" + displayName + "': "
                    + e.getMessage()));
        }
        Iterator<ReadResult> lines = new Iterator<>() {
            private int number;
            private ReadResult next;
            private boolean done;

            @Override
            public boolean hasNext() {
                while (next == null && !done) {
                    String line;
                    try {
                        line = reader.readLine();
                    } catch (IOException e) {
                        next = ReadResult.failed(displayName + ":" + (number + 1), "bad-encoding", "'" + displayName
                                + "' line " + (number + 1) + " is not valid UTF-8 (" + e.getMessage()
                                + "); JSON Lines files must be UTF-8; the rest of the file is skipped");
                        done = true;
                        close(reader);
                        break;
                    }
                    if (line == null) {
                        done = true;
                        close(reader);
                        break;
                    }
                    number++;
                    if (!line.isBlank()) {
                        next = parse(line, number, displayName, options);
                    }
                }
                return next != null;
            }

            @Override
            public ReadResult next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ReadResult result = next;
                next = null;
                return result;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(lines, Spliterator.ORDERED), false)
                .onClose(() -> close(reader));
    }

    private ReadResult parse(String line, int number, String displayName, ReadOptions options) {
        String origin = displayName + ":" + number;
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (JsonProcessingException e) {
            return ReadResult.failed(origin, "bad-json", "'" + displayName + "' line " + number
                    + " is not valid JSON (" + e.getOriginalMessage() + "); fix or remove the line");
        }
        if (node == null || !node.isObject()) {
            return ReadResult.failed(origin, "bad-json", "'" + displayName + "' line " + number
                    + " is not a JSON object; each line must be {\"id\": ..., \"text\": ...}");
        }
        Optional<String> text = string(node, "text");
        if (text.isEmpty() || text.get().isBlank()) {
            return ReadResult.failed(origin, "no-text", "'" + displayName + "' line " + number
                    + " has no \"text\" field (or it is empty); give the article text in \"text\"");
        }
        List<Problem> problems = new ArrayList<>();
        Optional<LocalDate> published = Optional.empty();
        Optional<String> dateText = string(node, "published").or(() -> string(node, "date"));
        if (dateText.isPresent()) {
            published = parseDate(dateText.get());
            if (published.isEmpty()) {
                problems.add(Problem.of("bad-date", "'" + displayName + "' line " + number + ": date '"
                        + dateText.get() + "' is not ISO-8601 (2025-05-16 or 2025-05-16T08:00:00Z); it was ignored"));
            }
        }
        String id = string(node, "id").filter(s -> !s.isBlank())
                .orElse("sha256-" + Article.sha256(text.get()).substring(0, 16));
        Article article = new Article(id, text.get(), string(node, "title"),
                string(node, "outlet").or(() -> string(node, "publisher")).or(options::outlet),
                string(node, "author"), string(node, "url"), published.or(options::published),
                string(node, "language"), origin);
        return ReadResult.of(article, problems);
    }

    static Optional<LocalDate> parseDate(String value) {
        String v = value.strip();
        try {
            return Optional.of(LocalDate.parse(v.length() > 10 && v.charAt(10) == 'T' ? v.substring(0, 10) : v));
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(OffsetDateTime.parse(v).toLocalDate());
            } catch (DateTimeParseException again) {
                return Optional.empty();
            }
        }
    }

    private static Optional<String> string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        return Optional.of(value.isTextual() ? value.asText() : value.toString());
    }

    private static void close(BufferedReader reader) {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
