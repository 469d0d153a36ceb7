package org.corroborate.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The MEANTIME corpus (English, CAT XML): each document's tokens, rebuilt into text with one sentence per line, and
 * its event mentions with their annotated certainty and polarity.
 */
final class Meantime {

    /**
     * One event mention with a factuality annotation: the character extent of its first token in the rebuilt text,
     * and its certainty and polarity (either may be empty).
     */
    record Event(String document, int start, int end, String word, String certainty, String polarity) {
    }

    record Doc(String name, String text, Optional<LocalDate> created, List<Event> events) {
    }

    /** Tokens written without a space before them. */
    private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ";", ":", "!", "?", ")", "]", "%", "'s", "'",
            "n't", "'re", "'ve", "'ll", "'d", "'m", "”", "’");
    /** Tokens written without a space after them. */
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "$", "“", "‘");

    private Meantime() {
    }

    /** Reads every {@code .xml} file under {@code folder}, sorted by path. */
    static List<Doc> read(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
        }
        DocumentBuilder builder = builder();
        List<Doc> docs = new ArrayList<>();
        for (Path f : files) {
            try {
                docs.add(doc(f, builder.parse(f.toFile())));
            } catch (SAXException | RuntimeException e) {
                throw new IOException(f + ": not a MEANTIME CAT XML document: " + e.getMessage(), e);
            }
        }
        return docs;
    }

    private static Doc doc(Path file, Document xml) {
        String name = file.getFileName().toString().replaceFirst("\\.xml$", "");
        NodeList tokens = xml.getElementsByTagName("token");
        StringBuilder text = new StringBuilder();
        Map<String, int[]> extents = new HashMap<>();
        Map<String, String> words = new HashMap<>();
        String sentence = null;
        boolean glue = true;
        for (int i = 0; i < tokens.getLength(); i++) {
            Element t = (Element) tokens.item(i);
            String word = t.getTextContent();
            if (sentence != null && !sentence.equals(t.getAttribute("sentence"))) {
                text.append('\n');
                glue = true;
            } else if (!glue && !NO_SPACE_BEFORE.contains(word)) {
                text.append(' ');
            }
            sentence = t.getAttribute("sentence");
            extents.put(t.getAttribute("t_id"), new int[] {text.length(), text.length() + word.length()});
            words.put(t.getAttribute("t_id"), word);
            text.append(word);
            glue = NO_SPACE_AFTER.contains(word);
        }
        List<Event> events = new ArrayList<>();
        NodeList mentions = xml.getElementsByTagName("EVENT_MENTION");
        for (int i = 0; i < mentions.getLength(); i++) {
            Element m = (Element) mentions.item(i);
            NodeList anchors = m.getElementsByTagName("token_anchor");
            if (anchors.getLength() == 0) {
                continue;
            }
            if (m.getAttribute("certainty").isEmpty() && m.getAttribute("polarity").isEmpty()) {
                // A mention without a factuality annotation is not scored.
                continue;
            }
            String id = ((Element) anchors.item(0)).getAttribute("t_id");
            int[] extent = extents.get(id);
            if (extent != null) {
                events.add(new Event(name, extent[0], extent[1], words.get(id), m.getAttribute("certainty"),
                        m.getAttribute("polarity")));
            }
        }
        return new Doc(name, text.toString(), created(xml), events);
    }

    /** The document creation time (the TIMEX3 whose function is CREATION_TIME). */
    private static Optional<LocalDate> created(Document xml) {
        NodeList timexes = xml.getElementsByTagName("TIMEX3");
        for (int i = 0; i < timexes.getLength(); i++) {
            Element t = (Element) timexes.item(i);
            String value = t.getAttribute("value");
            if ("CREATION_TIME".equals(t.getAttribute("functionInDocument")) && value.matches("\\d{4}-\\d\\d-\\d\\d.*")) {
                return Optional.of(LocalDate.parse(value.substring(0, 10)));
            }
        }
        return Optional.empty();
    }

    private static DocumentBuilder builder() throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IOException("no XML parser: " + e.getMessage(), e);
        }
    }
}
