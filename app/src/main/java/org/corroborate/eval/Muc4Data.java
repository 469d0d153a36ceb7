package org.corroborate.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.corroborate.article.Article;
import org.corroborate.cli.EvaluationData;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The MUC-3/MUC-4 data the evaluation commands read: the {@code --data} option, the messages of some splits from
 * {@code derived/articles.jsonl} and the key templates' file. Used as a picocli mixin.
 */
final class Muc4Data {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data/muc34-terrorism",
            description = "The MUC-3/MUC-4 data folder. Default: ${DEFAULT-VALUE}.")
    Path data;

    private final ObjectMapper mapper = new ObjectMapper();

    /** {@code derived/templates.jsonl}, or a usage error that says where the data should be. */
    Path templates(CommandLine cli) {
        return EvaluationData.require(cli, data.resolve("derived/templates.jsonl"), "MUC-4 data", "pass --data DIR");
    }

    /** The messages of {@code splits} ("dev", "tst1", "tst2"), ordered by id. */
    List<JsonNode> messages(CommandLine cli, Collection<String> splits) throws IOException {
        Path articles = EvaluationData.require(cli, data.resolve("derived/articles.jsonl"), "MUC-4 data",
                "pass --data DIR");
        List<JsonNode> list = new ArrayList<>();
        for (String line : Files.readAllLines(articles, StandardCharsets.UTF_8)) {
            JsonNode n = mapper.readTree(line);
            if (splits.contains(n.path("split").asText())) {
                list.add(n);
            }
        }
        list.sort(Comparator.comparing(n -> n.path("id").asText()));
        return list;
    }

    /**
     * The article of one message: its publisher as outlet, its date from the corpus metadata (a few messages have
     * none, and then the dateline serves).
     */
    static Article article(JsonNode message) {
        String id = message.path("id").asText();
        String date = message.path("date").textValue();
        return new Article(id, message.path("text").asText(), Optional.empty(),
                Optional.ofNullable(message.path("publisher").textValue()), Optional.empty(), Optional.empty(),
                date == null || date.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(date)),
                Optional.of("en"), id);
    }
}
