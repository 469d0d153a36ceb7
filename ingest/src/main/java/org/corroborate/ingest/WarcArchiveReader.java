package org.corroborate.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a WARC web archive (jwarc, plain or gzipped): every HTTP 200 response holding an HTML page or a PDF is an
 * article, its id and url the captured address. Other records (requests, metadata, images, redirects) are skipped.
 */
final class WarcArchiveReader {

    private final HtmlReader html = new HtmlReader();
    private final PdfReader pdf = new PdfReader();

    Stream<ReadResult> read(Path file, String origin, ReadOptions options) {
        List<ReadResult> results = new ArrayList<>();
        try (WarcReader reader = new WarcReader(file)) {
            for (WarcRecord record : reader) {
                if (!(record instanceof WarcResponse response)) {
                    continue;
                }
                String target = response.target();
                String recordOrigin = origin + "#" + target;
                try {
                    if (response.http().status() != 200) {
                        continue;
                    }
                    MediaType type = response.http().contentType();
                    byte[] body = response.http().body().stream().readAllBytes();
                    String base = type.base().toString().toLowerCase(Locale.ROOT);
                    if (base.equals("text/html") || base.equals("application/xhtml+xml")) {
                        results.add(html.read(body, Optional.ofNullable(type.parameters().get("charset"))
                                .filter(Charset::isSupported), recordOrigin, target, Optional.of(target), options));
                    } else if (base.equals("application/pdf")) {
                        results.add(pdf.read(body, recordOrigin, target, options));
                    }
                } catch (IOException | RuntimeException e) {
                    results.add(ReadResult.failed(recordOrigin, "bad-record", "record for " + target + " in '"
                            + origin + "' cannot be read: " + e.getMessage()));
                }
            }
        } catch (IOException e) {
            results.add(ReadResult.failed(origin, "bad-warc", "'" + origin + "' is not a readable WARC file: "
                    + e.getMessage()));
        }
        if (results.isEmpty()) {
            results.add(ReadResult.failed(origin, "empty-warc", "'" + origin + "' holds no HTML or PDF responses"));
        }
        return results.stream();
    }
}
