package org.corroborate.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The MUC-4 answer keys of one split, read from {@code derived/templates.jsonl}: per message, the relevant templates
 * (type, perpetrator confidences) and per role the gold entities, each the set of its '/'-separated alternatives
 * after normalisation, merged over the message's templates.
 */
public final class Muc4Keys {

    /** One relevant template: its incident type and the confidence given to each perpetrator organization. */
    record Template(String type, Map<String, String> orgConfidence) {
    }

    /** The keys of one message. */
    record Message(String id, List<Template> templates, Map<Muc4Role, List<Set<String>>> entities) {
    }

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    private Muc4Keys() {
    }

    /** The raw key templates of {@code split} ("dev", "tst1", "tst2"), one JSON object each, in file order. */
    public static List<JsonNode> templates(Path templates, String split) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> rows = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(templates, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                JsonNode t = mapper.readTree(line);
                if (t.path("message_id").asText().toLowerCase(Locale.ROOT).startsWith(split + "-")) {
                    rows.add(t);
                }
            }
        }
        return rows;
    }

    /** The gold entities per role of a message's key; empty lists for a message without a key (irrelevant). */
    static Map<Muc4Role, List<Set<String>>> entities(Message key) {
        Map<Muc4Role, List<Set<String>>> entities = new EnumMap<>(Muc4Role.class);
        for (Muc4Role role : Muc4Role.values()) {
            entities.put(role, key == null ? List.of() : key.entities().get(role));
        }
        return entities;
    }

    static Map<String, Message> read(Path templates, String split) throws IOException {
        Map<String, List<JsonNode>> byMessage = new HashMap<>();
        for (JsonNode t : templates(templates, split)) {
            byMessage.computeIfAbsent(t.path("message_id").asText(), k -> new ArrayList<>()).add(t);
        }
        Map<String, Message> messages = new HashMap<>();
        for (Map.Entry<String, List<JsonNode>> e : byMessage.entrySet()) {
            messages.put(e.getKey(), message(e.getKey(), e.getValue()));
        }
        return messages;
    }

    private static Message message(String id, List<JsonNode> rows) {
        List<Template> templates = new ArrayList<>();
        Map<Muc4Role, List<Set<String>>> entities = new EnumMap<>(Muc4Role.class);
        for (Muc4Role role : Muc4Role.values()) {
            entities.put(role, new ArrayList<>());
        }
        for (JsonNode row : rows) {
            JsonNode slots = row.path("slots");
            String type = first(slots.path("INCIDENT: TYPE"));
            if (type.isEmpty() || type.equals("*")) {
                continue;
            }
            Map<String, String> confidence = new HashMap<>();
            for (JsonNode value : slots.path("PERP: ORGANIZATION CONFIDENCE")) {
                String v = value.asText();
                int colon = v.indexOf(':');
                if (colon > 0) {
                    for (String alternative : quoted(v.substring(colon + 1))) {
                        confidence.put(alternative, v.substring(0, colon).strip());
                    }
                }
            }
            templates.add(new Template(type.replace("?", "").strip(), confidence));
            for (Muc4Role role : Muc4Role.values()) {
                for (JsonNode value : slots.path(role.slot)) {
                    Set<String> alternatives = new LinkedHashSet<>(quoted(value.asText()));
                    if (!alternatives.isEmpty()) {
                        merge(entities.get(role), alternatives);
                    }
                }
            }
        }
        return new Message(id, templates, entities);
    }

    /** Adds an entity, joining it with any entity that shares an alternative. */
    private static void merge(List<Set<String>> entities, Set<String> entity) {
        Set<String> joined = new LinkedHashSet<>(entity);
        entities.removeIf(existing -> {
            boolean shares = existing.stream().anyMatch(joined::contains);
            if (shares) {
                joined.addAll(existing);
            }
            return shares;
        });
        entities.add(joined);
    }

    private static List<String> quoted(String value) {
        List<String> out = new ArrayList<>();
        Matcher m = QUOTED.matcher(value);
        while (m.find()) {
            String normal = normalise(m.group(1));
            if (!normal.isEmpty()) {
                out.add(normal);
            }
        }
        return out;
    }

    private static String first(JsonNode values) {
        return values.isArray() && !values.isEmpty() ? values.get(0).asText() : "";
    }

    /** MUC-4 string normalisation: lower case, no punctuation, no a/an/the, single spaces. */
    static String normalise(String s) {
        String lower = s.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}\u2018\u2019\u201c\u201d]", " ");
        StringBuilder b = new StringBuilder();
        for (String word : lower.split("\\s+")) {
            if (word.isEmpty() || word.equals("a") || word.equals("an") || word.equals("the")) {
                continue;
            }
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(word);
        }
        return b.toString();
    }
}
