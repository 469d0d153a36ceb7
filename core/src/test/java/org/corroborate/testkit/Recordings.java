package org.corroborate.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.corroborate.article.Article;
import org.corroborate.nlp.CannedNlpEngine;
import org.corroborate.pipeline.Analyzer;
import org.corroborate.report.ArticleReport;
import org.corroborate.statement.Judgement;

/**
 * The recorded test articles of {@code nlp-recordings/texts.jsonl}, by id, and their analysis with the canned engine.
 * The texts are written for the tests; none comes from an evaluation set.
 */
public final class Recordings {

    private static final Map<String, Article> ARTICLES = load();
    private static final Analyzer ANALYZER = Analyzer.withBundledData(new CannedNlpEngine());
    private static final Analyzer RULES = Analyzer.rulesOnly(new CannedNlpEngine());

    private Recordings() {
    }

    /** The recorded article with this id. */
    public static Article article(String id) {
        Article article = ARTICLES.get(id);
        if (article == null) {
            throw new IllegalArgumentException("no recorded article '" + id + "' in nlp-recordings/texts.jsonl");
        }
        return article;
    }

    /** The report of the recorded article with this id. */
    public static ArticleReport analyze(String id) {
        return ANALYZER.analyze(article(id));
    }

    /** The report of the recorded article with this id by the hand rules alone, without the learned models. */
    public static ArticleReport analyzeByRules(String id) {
        return RULES.analyze(article(id));
    }

    /** How the recorded article with this id presents the first occurrence of {@code word} (see Analyzer.judge). */
    public static Optional<Judgement> judge(String id, String word) {
        Article a = article(id);
        int at = a.text().indexOf(word);
        if (at < 0) {
            throw new IllegalArgumentException("no '" + word + "' in recorded article '" + id + "'");
        }
        return ANALYZER.judge(a.text(), a.published()).apply(at);
    }

    private static Map<String, Article> load() {
        Map<String, Article> articles = new LinkedHashMap<>();
        ObjectMapper mapper = new ObjectMapper();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Recordings.class.getResourceAsStream("/nlp-recordings/texts.jsonl"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = mapper.readTree(line);
                Article a = Article.of(n.path("id").asText(), n.path("text").asText());
                if (n.hasNonNull("published")) {
                    a = a.withPublished(LocalDate.parse(n.path("published").asText()));
                }
                articles.put(a.id(), a);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return articles;
    }
}
