package org.corroborate.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.corroborate.article.Article;

/**
 * Reads the paths a user gives: a text, HTML or PDF file is one article, a {@code .jsonl} file is one article per
 * line, an RSS or Atom feed ({@code .rss}, {@code .atom}, {@code .xml}) one per entry, a WARC file
 * ({@code .warc}, {@code .warc.gz}) one per captured page; a folder is every such file under it (recursively, in
 * name order, hidden files skipped); an {@code http(s)://} address is fetched. A missing path or an unreadable file
 * becomes a failed result; the other inputs are still read.
 */
public final class PathReader {

    private static final List<String> TEXT_EXTENSIONS = List.of(".txt", ".text");
    private static final List<String> OTHER_EXTENSIONS = List.of(".jsonl", ".html", ".htm", ".pdf", ".rss", ".atom",
            ".xml", ".warc", ".warc.gz");

    private final JsonLinesReader jsonLines = new JsonLinesReader();
    private final HtmlReader html = new HtmlReader();
    private final PdfReader pdf = new PdfReader();
    private final FeedReader feeds = new FeedReader();
    private final WarcArchiveReader warc = new WarcArchiveReader();
    private final UrlReader urls = new UrlReader();
    private final ReadOptions options;

    public PathReader(ReadOptions options) {
        this.options = options;
    }

    /** Every result for {@code paths}, lazily, in order. Close the stream when done. */
    public Stream<ReadResult> read(List<Path> paths) {
        return paths.stream().flatMap(this::read);
    }

    /** Every result for {@code locations}, each a path or an {@code http(s)://} address, lazily, in order. */
    public Stream<ReadResult> readLocations(List<String> locations) {
        return locations.stream().flatMap(l -> UrlReader.isUrl(l) ? urls.read(l, options) : read(Path.of(l)));
    }

    public Stream<ReadResult> read(Path path) {
        if (!Files.exists(path)) {
            return Stream.of(ReadResult.failed(path.toString(), "missing-path", "'" + path
                    + "' does not exist; check the path (relative paths start from " + Path.of("").toAbsolutePath()
                    + ")"));
        }
        if (Files.isDirectory(path)) {
            return folder(path);
        }
        return file(path, path.toString(), stem(path.getFileName().toString()));
    }

    private Stream<ReadResult> folder(Path folder) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile).filter(p -> !isHidden(folder, p)).filter(PathReader::readable)
                    .sorted().forEach(files::add);
        } catch (IOException e) {
            return Stream.of(ReadResult.failed(folder.toString(), "unreadable", "cannot list folder '" + folder
                    + "': " + e.getMessage()));
        }
        if (files.isEmpty()) {
            return Stream.of(ReadResult.failed(folder.toString(), "empty-folder", "folder '" + folder
                    + "' has no text, JSON Lines, HTML, PDF, feed or WARC files"));
        }
        return files.stream().flatMap(f -> {
            String relative = folder.relativize(f).toString().replace('\\', '/');
            return file(f, f.toString(), stem(relative));
        });
    }

    private Stream<ReadResult> file(Path file, String displayName, String id) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl")) {
            return jsonLines.read(file, displayName, options);
        }
        if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
            return warc.read(file, displayName, options);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return Stream.of(ReadResult.failed(displayName, "unreadable", "cannot read '" + displayName + "': "
                    + e.getMessage()));
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Stream.of(html.read(bytes, Optional.empty(), displayName, id, Optional.empty(), options));
        }
        if (name.endsWith(".pdf")) {
            return Stream.of(pdf.read(bytes, displayName, id, options));
        }
        if (name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".xml")) {
            return FeedReader.looksLikeFeed(bytes) ? feeds.read(bytes, displayName, options)
                    : Stream.of(ReadResult.failed(displayName, "not-a-feed", "'" + displayName + "' is XML but not an "
                    + "RSS or Atom feed"));
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, options.encoding(), displayName);
        if (decoded.text().isEmpty()) {
            return Stream.of(ReadResult.failed(displayName, decoded.problemCode(), decoded.problem()));
        }
        Article article = new Article(id, decoded.text().get(), Optional.empty(), options.outlet(), Optional.empty(),
                Optional.empty(), options.published(), Optional.empty(), displayName);
        return Stream.of(ReadResult.of(article, List.of()));
    }

    private static boolean readable(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return TEXT_EXTENSIONS.stream().anyMatch(name::endsWith) || OTHER_EXTENSIONS.stream().anyMatch(name::endsWith)
                || !name.contains(".");
    }

    private static boolean isHidden(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        int slash = name.lastIndexOf('/');
        return dot > slash + 1 ? name.substring(0, dot) : name;
    }
}
