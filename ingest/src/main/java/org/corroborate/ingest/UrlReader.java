package org.corroborate.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Fetches an address the user gives and reads what comes back by its content type: a feed, a PDF, or an HTML page.
 * Only the addresses given are fetched; a feed's links are not followed.
 */
final class UrlReader {

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(20)).build();
    private final HtmlReader html = new HtmlReader();
    private final PdfReader pdf = new PdfReader();
    private final FeedReader feeds = new FeedReader();

    static boolean isUrl(String location) {
        String lower = location.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    Stream<ReadResult> read(String address, ReadOptions options) {
        HttpResponse<byte[]> response;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(60))
                    .header("User-Agent", "corroborate (news reader; https://github.com/corroborate)").GET().build();
            response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | IllegalArgumentException e) {
            return Stream.of(ReadResult.failed(address, "unreachable", "cannot fetch " + address + ": " + e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Stream.of(ReadResult.failed(address, "interrupted", "fetching " + address + " was interrupted"));
        }
        if (response.statusCode() != 200) {
            return Stream.of(ReadResult.failed(address, "http-" + response.statusCode(), address + " answered HTTP "
                    + response.statusCode() + "; check the address"));
        }
        String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        byte[] body = response.body();
        if (type.contains("pdf")) {
            return Stream.of(pdf.read(body, address, address, options));
        }
        if (type.contains("rss") || type.contains("atom") || type.contains("xml") && FeedReader.looksLikeFeed(body)) {
            return feeds.read(body, address, options);
        }
        Optional<String> charset = Stream.of(type.split(";")).map(String::strip)
                .filter(p -> p.startsWith("charset=")).map(p -> p.substring(8)).findFirst();
        return Stream.of(html.read(body, charset, address, address, Optional.of(address), options));
    }
}
