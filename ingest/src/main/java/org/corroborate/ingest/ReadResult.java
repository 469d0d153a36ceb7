package org.corroborate.ingest;

import java.util.List;
import java.util.Optional;
import org.corroborate.article.Article;
import org.corroborate.report.Problem;

/**
 * What reading one input gave: an article (perhaps with problems that did not prevent reading it, such as an
 * unparseable date), or no article and the problems that explain why.
 *
 * @param origin the file, or file and line, the result came from: "notes/a.txt", "feed.jsonl:12"
 */
public record ReadResult(String origin, Optional<Article> article, List<Problem> problems) {

    public ReadResult {
        problems = List.copyOf(problems);
    }

    public static ReadResult of(Article article, List<Problem> problems) {
        return new ReadResult(article.origin(), Optional.of(article), problems);
    }

    public static ReadResult failed(String origin, String code, String message) {
        return new ReadResult(origin, Optional.empty(), List.of(Problem.of(code, message)));
    }

    public boolean failed() {
        return article.isEmpty();
    }
}
