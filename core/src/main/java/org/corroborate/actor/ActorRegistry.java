package org.corroborate.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.corroborate.lexicon.Tsv;

/**
 * Known actors with their aliases, acronyms and demonyms, read from a tab-separated file (see the bundled
 * {@code actors.tsv} for the format). Immutable once built.
 */
public final class ActorRegistry {

    private static final String BUNDLED = "/org/corroborate/actor/actors.tsv";
    // Compiled once: lookups run for every window of tokens of every sentence.
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern QUOTES = Pattern.compile("[\"'`\u2018\u2019\u201c\u201d]");

    private final Map<String, RegistryEntry> byName;
    private final Map<String, RegistryEntry> byExactAlias = new HashMap<>();
    private final Map<String, RegistryEntry> byFoldedAlias = new HashMap<>();
    private final Map<String, RegistryEntry> byDemonym = new HashMap<>();
    private final int longestAliasWords;

    private ActorRegistry(Map<String, RegistryEntry> entries) {
        this.byName = Map.copyOf(entries);
        int longest = 1;
        for (RegistryEntry entry : entries.values()) {
            List<String> names = new ArrayList<>(entry.aliases());
            names.add(entry.name());
            for (String alias : names) {
                byExactAlias.put(alias, entry);
                if (!isAcronym(alias)) {
                    byFoldedAlias.put(fold(alias), entry);
                }
                longest = Math.max(longest, alias.split("\\s+").length + 2);
            }
            for (String demonym : entry.demonyms()) {
                byDemonym.put(demonym, entry);
            }
        }
        this.longestAliasWords = longest;
    }

    /** The registry bundled with Corroborate. */
    public static ActorRegistry bundled() {
        try (InputStream in = ActorRegistry.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("resource " + BUNDLED + " is missing from the build");
            }
            Map<String, RegistryEntry> entries = new LinkedHashMap<>();
            parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), BUNDLED, entries);
            return new ActorRegistry(entries);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + BUNDLED, e);
        }
    }

    /**
     * The bundled registry extended by {@code file}: its entries add to the bundled ones and replace those with the
     * same name.
     *
     * @throws IllegalArgumentException naming the file and line when a line is malformed
     */
    public static ActorRegistry bundledWith(Path file) throws IOException {
        Map<String, RegistryEntry> entries = new LinkedHashMap<>(bundled().byName);
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            parse(reader, file.toString(), entries);
        }
        return new ActorRegistry(entries);
    }

    private static void parse(BufferedReader reader, String origin, Map<String, RegistryEntry> entries)
            throws IOException {
        for (Tsv.Row row : Tsv.read(reader, origin, 2, 6)) {
            ActorKind kind;
            try {
                kind = ActorKind.valueOf(row.get(1));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(origin + " line " + row.line() + ": kind '" + row.get(1)
                        + "' is not one of " + Arrays.toString(ActorKind.values()), e);
            }
            String name = row.get(0);
            if (name.isEmpty()) {
                throw new IllegalArgumentException(origin + " line " + row.line() + ": the first column (name) is empty");
            }
            entries.put(name, new RegistryEntry(name, kind, optional(row.get(2)), optional(row.get(3)),
                    list(row.get(4)), list(row.get(5))));
        }
    }

    /** The entry with canonical name {@code name}. */
    public Optional<RegistryEntry> entry(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * The entry one of whose names or aliases is {@code surface}. Acronyms (all capitals) match exactly; other names
     * ignore case, spacing and a leading "the" unless {@code exactCase}.
     */
    public Optional<RegistryEntry> lookup(String surface, boolean exactCase) {
        String trimmed = SPACES.matcher(surface.strip()).replaceAll(" ");
        RegistryEntry exact = byExactAlias.get(trimmed);
        if (exact != null) {
            return Optional.of(exact);
        }
        if (exactCase) {
            return Optional.empty();
        }
        return Optional.ofNullable(byFoldedAlias.get(fold(trimmed)));
    }

    /** The actor a demonym stands for ("Pakistani" for Pakistan). */
    public Optional<RegistryEntry> byDemonym(String word) {
        return Optional.ofNullable(byDemonym.get(word));
    }

    /** The most words an alias may span, for matchers that scan token windows. */
    public int longestAliasWords() {
        return longestAliasWords;
    }

    public int size() {
        return byName.size();
    }

    private static String fold(String s) {
        String unquoted = QUOTES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
        String folded = SPACES.matcher(unquoted).replaceAll(" ").strip();
        return folded.startsWith("the ") ? folded.substring(4) : folded;
    }

    /** "BLA", "R&AW", "LeT", "M-19": short single words with two or more capitals match only as written. */
    private static boolean isAcronym(String alias) {
        long capitals = alias.chars().filter(Character::isUpperCase).count();
        return alias.length() <= 6 && !alias.contains(" ") && (capitals >= 2 || alias.equals(alias.toUpperCase(Locale.ROOT)));
    }

    private static Optional<String> optional(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
