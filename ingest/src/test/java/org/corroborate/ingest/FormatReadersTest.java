package org.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.corroborate.article.Article;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatReadersTest {

    @TempDir
    Path folder;

    private List<ReadResult> read(String name, String content) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        try (var results = new PathReader(ReadOptions.defaults()).read(file)) {
            return results.toList();
        }
    }

    @Test
    void htmlPageGivesItsStoryWithoutMenusAndItsMetadata() throws Exception {
        List<ReadResult> results = read("page.html", """
                <html lang="en"><head><title>Ignored | Site</title>
                <meta property="og:title" content="Six killed in market blast">
                <meta property="og:site_name" content="Daily Example">
                <meta property="article:published_time" content="2025-05-16T08:30:00+05:00">
                <meta name="author" content="A. Reporter"></head>
                <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <article><h1>Six killed in market blast</h1><p>A bomb killed six people in Quetta on Friday.</p>
                <p>Police said the device was planted on a motorcycle.</p></article>
                <footer>Copyright Daily Example</footer><script>track()</script></body></html>""");

        Article article = results.get(0).article().orElseThrow();
        assertThat(article.text()).isEqualTo("Six killed in market blast\n\nA bomb killed six people in Quetta on "
                + "Friday.\n\nPolice said the device was planted on a motorcycle.");
        assertThat(article.title()).contains("Six killed in market blast");
        assertThat(article.outlet()).contains("Daily Example");
        assertThat(article.author()).contains("A. Reporter");
        assertThat(article.published()).contains(LocalDate.of(2025, 5, 16));
    }

    @Test
    void rssFeedGivesOneArticlePerEntryAndReportsHeadlineOnlyEntries() throws Exception {
        List<ReadResult> results = read("feed.rss", """
                <?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title>
                <item><title>Attack on checkpoint</title><link>https://example.org/a</link>
                <pubDate>Fri, 16 May 2025 10:00:00 GMT</pubDate>
                <description>&lt;p&gt;Militants attacked a checkpoint near Noshki, officials said.&lt;/p&gt;</description></item>
                <item><title>Headline only</title><link>https://example.org/b</link></item>
                </channel></rss>""");

        Article first = results.get(0).article().orElseThrow();
        assertThat(first.text()).isEqualTo("Militants attacked a checkpoint near Noshki, officials said.");
        assertThat(first.outlet()).contains("Example Wire");
        assertThat(first.url()).contains("https://example.org/a");
        assertThat(first.published()).contains(LocalDate.of(2025, 5, 16));
        assertThat(results.get(1).failed()).isTrue();
        assertThat(results.get(1).problems().get(0).message()).contains("has no text").contains("example.org/b");
    }

    @Test
    void xmlThatIsNotAFeedIsAClearFailure() throws Exception {
        List<ReadResult> results = read("data.xml", "<?xml version=\"1.0\"?><catalog><book/></catalog>");

        assertThat(results).singleElement().satisfies(r -> assertThat(r.problems().get(0).message())
                .contains("data.xml").contains("not an RSS or Atom feed"));
    }

    @Test
    void pdfGivesItsTextAndTitle() throws Exception {
        Path file = folder.resolve("report.pdf");
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            pdf.getDocumentInformation().setTitle("Checkpoint attacked");
            try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 700);
                text.showText("Militants attacked a checkpoint near Noshki on Friday, officials said.");
                text.endText();
            }
            pdf.save(file.toFile());
        }
        try (var results = new PathReader(ReadOptions.defaults()).read(file)) {
            Article article = results.toList().get(0).article().orElseThrow();
            assertThat(article.text()).contains("Militants attacked a checkpoint near Noshki on Friday");
            assertThat(article.title()).contains("Checkpoint attacked");
        }
    }

    @Test
    void warcGivesOneArticlePerCapturedPageAndSkipsOtherRecords() throws Exception {
        Path file = folder.resolve("crawl.warc");
        try (WarcWriter warc = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE))) {
            warc.write(response("https://example.org/story", "200 OK", "<html><body><article><h1>Bus attacked</h1>"
                    + "<p>Gunmen attacked a bus near Quetta, police said.</p></article></body></html>"));
            warc.write(response("https://example.org/gone", "404 Not Found", "<html><body>Not here</body></html>"));
        }
        try (var results = new PathReader(ReadOptions.defaults()).read(file)) {
            List<ReadResult> read = results.toList();
            assertThat(read).hasSize(1);
            Article article = read.get(0).article().orElseThrow();
            assertThat(article.text()).contains("Gunmen attacked a bus near Quetta");
            assertThat(article.url()).contains("https://example.org/story");
        }
    }

    private static WarcResponse response(String url, String status, String html) {
        byte[] http = ("HTTP/1.1 " + status + "\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html)
                .getBytes(StandardCharsets.UTF_8);
        return new WarcResponse.Builder(URI.create(url)).body(MediaType.HTTP_RESPONSE, http).build();
    }
}
