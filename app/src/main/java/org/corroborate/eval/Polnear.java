package org.corroborate.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.corroborate.report.Span;

/**
 * The PolNeAR attribution corpus (Newell, Margolin and Ruths 2018): articles as text, attributions as BRAT standoff
 * files, one per article and annotator ({@code <article>_<annotator>.ann}).
 *
 * <p>The gold of an article annotated by several annotators (the corpus's agreement study) is the annotation with
 * the most attributions: annotators there differ mostly in attributions one of them left out, so the fullest reading
 * is the fairest yardstick for recall.
 */
final class Polnear {

    /** One attribution: who (absent when unexpressed), the cue, and what is attributed. */
    record Attribution(Optional<Span> source, Span cue, Optional<Span> content) {
    }

    record Article(String name, String text, Optional<LocalDate> published, List<Attribution> gold,
                   String annotator, int annotations) {
    }

    private static final Pattern TEXT_BOUND = Pattern.compile("^(T\\d+)\\t(\\S+) (\\d+(?: \\d+)*(?:;\\d+ \\d+)*)\\t");
    private static final Pattern EVENT = Pattern.compile("^E\\d+\\t(.*)$");

    private Polnear() {
    }

    /** Reads the articles of one split folder ({@code text/} and {@code attributions/}), sorted by name. */
    static List<Article> read(Path split, Path metadata) throws IOException {
        Map<String, LocalDate> dates = dates(metadata);
        Map<String, List<Path>> annotations = new TreeMap<>();
        try (Stream<Path> files = Files.list(split.resolve("attributions"))) {
            files.filter(f -> f.getFileName().toString().endsWith(".ann")).sorted().forEach(f -> {
                String name = f.getFileName().toString();
                String article = name.substring(0, name.lastIndexOf('_'));
                annotations.computeIfAbsent(article, k -> new ArrayList<>()).add(f);
            });
        }
        List<Article> articles = new ArrayList<>();
        for (Map.Entry<String, List<Path>> e : annotations.entrySet()) {
            Path text = split.resolve("text").resolve(e.getKey() + ".txt");
            if (!Files.isRegularFile(text)) {
                throw new IOException("annotations for '" + e.getKey() + "' but no text at " + text);
            }
            String content = Files.readString(text, StandardCharsets.UTF_8);
            List<Attribution> best = null;
            String annotator = null;
            for (Path ann : e.getValue()) {
                List<Attribution> read = attributions(ann, content);
                if (best == null || read.size() > best.size()) {
                    best = read;
                    String name = ann.getFileName().toString();
                    annotator = name.substring(name.lastIndexOf('_') + 1, name.length() - ".ann".length());
                }
            }
            articles.add(new Article(e.getKey(), content, Optional.ofNullable(dates.get(e.getKey())), best, annotator, e.getValue().size()));
        }
        return articles;
    }

    /**
     * The attribution events of one BRAT file over {@code text}; a discontinuous span counts from its first to its
     * last character.
     */
    static List<Attribution> attributions(Path ann, String text) throws IOException {
        Map<String, Span> spans = new HashMap<>();
        List<String> events = new ArrayList<>();
        int lineNumber = 0;
        for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
            lineNumber++;
            Matcher t = TEXT_BOUND.matcher(line);
            if (t.find()) {
                int start = Integer.MAX_VALUE;
                int end = 0;
                for (String fragment : t.group(3).split(";")) {
                    String[] offsets = fragment.trim().split(" ");
                    start = Math.min(start, Integer.parseInt(offsets[0]));
                    end = Math.max(end, Integer.parseInt(offsets[offsets.length - 1]));
                }
                if (end > text.length()) {
                    throw new IOException(ann + ":" + lineNumber + ": offsets beyond the end of the article text ("
                            + text.length() + " characters): " + line);
                }
                spans.put(t.group(1), Span.of(text, start, end));
                continue;
            }
            Matcher ev = EVENT.matcher(line);
            if (ev.find()) {
                events.add(ev.group(1));
            } else if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("A") && !line.startsWith("R")) {
                throw new IOException(ann + ":" + lineNumber + ": not a BRAT text-bound or event line: " + line);
            }
        }
        List<Attribution> list = new ArrayList<>();
        for (String event : events) {
            Map<String, String> args = new HashMap<>();
            for (String arg : event.trim().split("\\s+")) {
                int colon = arg.indexOf(':');
                if (colon > 0) {
                    args.put(arg.substring(0, colon).replaceAll("\\d+$", ""), arg.substring(colon + 1));
                }
            }
            Span cue = spans.get(args.get("Cue"));
            if (cue == null) {
                continue;
            }
            list.add(new Attribution(Optional.ofNullable(spans.get(args.get("Source"))), cue,
                    Optional.ofNullable(spans.get(args.get("Content")))));
        }
        list.sort(Comparator.comparingInt(a -> a.cue().start()));
        return list;
    }

    private static Map<String, LocalDate> dates(Path metadata) throws IOException {
        Map<String, LocalDate> dates = new HashMap<>();
        if (!Files.isRegularFile(metadata)) {
            return dates;
        }
        List<String> lines = Files.readAllLines(metadata, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split("\t"));
        int file = header.indexOf("filename");
        int date = header.indexOf("publication_date");
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t");
            if (file >= 0 && date >= 0 && cells.length > Math.max(file, date) && cells[date].matches("\\d{4}-\\d\\d-\\d\\d")) {
                dates.put(cells[file], LocalDate.parse(cells[date]));
            }
        }
        return dates;
    }
}
