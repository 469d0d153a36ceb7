package org.corroborate.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corroborate.article.Article;
import org.corroborate.report.Problem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns an HTML page into an article: the main text without navigation, menus, footers and scripts, and the title,
 * date, author and outlet from the page's metadata (Open Graph, {@code article:published_time}, JSON-LD's
 * {@code datePublished}, {@code <time datetime>}) when present. The main text is the page's {@code <article>},
 * else its {@code <main>}, else the block holding the most paragraph text.
 */
final class HtmlReader {

    private static final String BOILERPLATE = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, svg, button, figure figcaption, [role=navigation], [role=banner], [role=contentinfo], "
            + "[aria-hidden=true], .advert, .ad, .ads, .share, .social, .related, .newsletter, .cookie, .comments";
    private static final String BLOCKS = "p, h1, h2, h3, h4, li, blockquote, pre";

    /**
     * The article in the page {@code bytes}; empty text becomes a failed result.
     *
     * @param charset the encoding the server declared; else the page's own declaration, else UTF-8
     * @param baseUrl the page's address, when known, for its url field
     */
    ReadResult read(byte[] bytes, Optional<String> charset, String origin, String id, Optional<String> baseUrl,
                    ReadOptions options) {
        Document page;
        try {
            page = Jsoup.parse(new java.io.ByteArrayInputStream(bytes), charset.orElse(null), baseUrl.orElse(""));
        } catch (java.io.IOException | java.nio.charset.IllegalCharsetNameException e) {
            return ReadResult.failed(origin, "bad-html", "'" + origin + "' cannot be read as HTML: " + e.getMessage());
        }
        Optional<String> title = meta(page, "meta[property=og:title]", "content")
                .or(() -> Optional.of(page.title()).filter(t -> !t.isBlank()))
                .or(() -> Optional.ofNullable(page.selectFirst("h1")).map(Element::text));
        Optional<String> outlet = meta(page, "meta[property=og:site_name]", "content").or(options::outlet);
        Optional<String> author = meta(page, "meta[name=author]", "content")
                .or(() -> meta(page, "meta[property=article:author]", "content"));
        Optional<String> url = meta(page, "link[rel=canonical]", "href")
                .or(() -> meta(page, "meta[property=og:url]", "content")).or(() -> baseUrl);
        List<Problem> problems = new ArrayList<>();
        Optional<String> dateText = meta(page, "meta[property=article:published_time]", "content")
                .or(() -> meta(page, "meta[name=date]", "content"))
                .or(() -> meta(page, "meta[itemprop=datePublished]", "content"))
                .or(() -> jsonLdDate(page))
                .or(() -> meta(page, "time[datetime]", "datetime"));
        Optional<LocalDate> published = dateText.flatMap(d -> {
            Optional<LocalDate> date = JsonLinesReader.parseDate(d);
            if (date.isEmpty()) {
                problems.add(Problem.of("bad-date", origin + ": the page's date '" + d + "' is not ISO-8601; "
                        + "pass --published"));
            }
            return date;
        }).or(options::published);
        page.select(BOILERPLATE).remove();
        String text = mainText(page);
        if (text.isBlank()) {
            return ReadResult.failed(origin, "no-text", "'" + origin + "' has no readable text in its HTML");
        }
        Article article = new Article(id, text, title.map(String::strip), outlet, author, url, published,
                Optional.ofNullable(page.selectFirst("html")).map(h -> h.attr("lang")).filter(l -> !l.isBlank()),
                origin);
        return ReadResult.of(article, problems);
    }

    /** The text of the page's main block, one paragraph per block element, blank lines between. */
    static String mainText(Document page) {
        Element main = Optional.ofNullable(page.selectFirst("article"))
                .or(() -> Optional.ofNullable(page.selectFirst("main")))
                .orElseGet(() -> densest(page));
        List<String> paragraphs = new ArrayList<>();
        for (Element block : main.select(BLOCKS)) {
            if (block.parents().stream().anyMatch(p -> p != main && p.is(BLOCKS))) {
                continue;
            }
            String text = block.text().strip();
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
        }
        return paragraphs.isEmpty() ? main.text().strip() : String.join("\n\n", paragraphs);
    }

    /** The element whose direct paragraphs hold the most text: where the story is on a page without markup. */
    private static Element densest(Document page) {
        Element best = page.body() == null ? page : page.body();
        int bestLength = 0;
        for (Element candidate : page.select("div, section, td, body")) {
            int length = candidate.children().stream().filter(c -> c.is("p")).mapToInt(c -> c.text().length()).sum();
            if (length > bestLength) {
                best = candidate;
                bestLength = length;
            }
        }
        return best;
    }

    private static Optional<String> jsonLdDate(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            var m = java.util.regex.Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"").matcher(script.data());
            if (m.find()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> meta(Document page, String selector, String attribute) {
        return Optional.ofNullable(page.selectFirst(selector)).map(e -> e.attr(attribute).strip())
                .filter(s -> !s.isEmpty());
    }
}
