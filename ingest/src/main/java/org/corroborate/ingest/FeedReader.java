package org.corroborate.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.corroborate.article.Article;
import org.jsoup.Jsoup;
import org.xml.sax.InputSource;

/**
 * Reads an RSS or Atom feed (Rome): each entry is an article with its title, link, author, date and the feed's
 * title as outlet; its text is the entry's content, else its summary, as plain text. Entries without any text are
 * reported, not skipped silently: many feeds carry only headlines, and the pages behind the links must then be
 * ingested themselves.
 */
final class FeedReader {

    Stream<ReadResult> read(byte[] bytes, String origin, ReadOptions options) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new InputSource(new ByteArrayInputStream(bytes)));
        } catch (FeedException | IllegalArgumentException e) {
            return Stream.of(ReadResult.failed(origin, "bad-feed", "'" + origin + "' is not a readable RSS or Atom "
                    + "feed: " + e.getMessage()));
        }
        Optional<String> outlet = options.outlet().or(() -> Optional.ofNullable(feed.getTitle())
                .filter(t -> !t.isBlank()).map(String::strip));
        List<ReadResult> results = new ArrayList<>();
        int number = 0;
        for (SyndEntry entry : feed.getEntries()) {
            number++;
            String entryOrigin = origin + "#" + number;
            String html = entry.getContents().stream().map(SyndContent::getValue).filter(v -> v != null)
                    .reduce((a, b) -> a + "\n" + b)
                    .orElseGet(() -> entry.getDescription() == null ? "" : entry.getDescription().getValue());
            String text = html == null ? "" : HtmlReader.mainText(Jsoup.parse(html));
            if (text.isBlank()) {
                results.add(ReadResult.failed(entryOrigin, "no-text", "feed entry " + number + " of '" + origin
                        + "' (" + Optional.ofNullable(entry.getLink()).orElse("no link") + ") has no text, only a "
                        + "headline; ingest the page at its link instead"));
                continue;
            }
            Optional<LocalDate> published = Optional.ofNullable(entry.getPublishedDate())
                    .or(() -> Optional.ofNullable(entry.getUpdatedDate()))
                    .map(d -> d.toInstant().atZone(ZoneOffset.UTC).toLocalDate()).or(options::published);
            String id = Optional.ofNullable(entry.getUri()).filter(u -> !u.isBlank())
                    .or(() -> Optional.ofNullable(entry.getLink())).orElse(entryOrigin);
            results.add(ReadResult.of(new Article(id, text, Optional.ofNullable(entry.getTitle()).map(String::strip),
                    outlet, Optional.ofNullable(entry.getAuthor()).filter(a -> !a.isBlank()),
                    Optional.ofNullable(entry.getLink()), published, Optional.ofNullable(feed.getLanguage()),
                    entryOrigin), List.of()));
        }
        if (results.isEmpty()) {
            return Stream.of(ReadResult.failed(origin, "empty-feed", "feed '" + origin + "' has no entries"));
        }
        return results.stream();
    }

    /** Whether {@code bytes} look like a feed rather than a web page. */
    static boolean looksLikeFeed(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), java.nio.charset.StandardCharsets.UTF_8);
        return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:RDF");
    }
}
