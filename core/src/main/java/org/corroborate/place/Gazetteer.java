package org.corroborate.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.corroborate.report.PlacePrecision;

/**
 * Place names indexed by folded spelling and by a transliteration key, from the bundled GeoNames cities1000 table
 * (the world's towns with their provinces and districts) and the ISO 3166 country names the JDK knows. Immutable;
 * loading takes about a second, so build one per process.
 */
public final class Gazetteer {

    private static final String BASE = "/org/corroborate/place/geonames/";
    // Compiled once: folding runs for every one of the 171,075 names at load and for every name resolved.
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern APOSTROPHES = Pattern.compile("['`\u2019\u02bf\u02be-]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern DESIGNATOR = Pattern.compile("\\s+(province|department|district|region|state|"
            + "division|tehsil|municipality|city|town|village|area|governorate|prefecture)$", Pattern.CASE_INSENSITIVE);

    private final Map<String, List<GazetteerEntry>> byName = new HashMap<>();
    private final Map<String, List<GazetteerEntry>> byKey = new HashMap<>();

    private Gazetteer() {
    }

    /** The bundled gazetteer. */
    public static Gazetteer bundled() {
        Gazetteer g = new Gazetteer();
        g.loadCountries();
        g.loadPlaces();
        return g;
    }

    private void loadCountries() {
        for (String code : Locale.getISOCountries()) {
            String name = Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
            add(new GazetteerEntry(name, code, Optional.empty(), Optional.empty(), OptionalDouble.empty(),
                    OptionalDouble.empty(), PlacePrecision.COUNTRY));
        }
    }

    private void loadPlaces() {
        Map<String, Boolean> admin1Seen = new HashMap<>();
        Map<String, Boolean> admin2Seen = new HashMap<>();
        for (String[] f : rows("places.tsv.gz", 8)) {
            String country = f[3];
            Optional<String> admin1 = optional(f[5]);
            Optional<String> admin2 = optional(f[7]);
            add(new GazetteerEntry(f[0], country, admin1, admin2, OptionalDouble.of(Double.parseDouble(f[1])),
                    OptionalDouble.of(Double.parseDouble(f[2])), PlacePrecision.TOWN));
            if (admin1.isPresent() && admin1Seen.putIfAbsent(country + admin1.get(), true) == null) {
                add(new GazetteerEntry(admin1.get(), country, admin1, Optional.empty(), OptionalDouble.empty(),
                        OptionalDouble.empty(), PlacePrecision.ADMIN1));
            }
            if (admin2.isPresent() && admin2Seen.putIfAbsent(country + admin1 + admin2.get(), true) == null) {
                add(new GazetteerEntry(admin2.get(), country, admin1, admin2, OptionalDouble.empty(),
                        OptionalDouble.empty(), PlacePrecision.ADMIN2));
            }
        }
    }

    private List<String[]> rows(String file, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream(BASE + file)) {
            if (in == null) {
                throw new IllegalStateException("resource " + BASE + file + " is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(
                    file.endsWith(".gz") ? new java.util.zip.GZIPInputStream(in, 1 << 16) : in, StandardCharsets.UTF_8));
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                String[] f = line.split("\t", -1);
                if (f.length >= columns) {
                    rows.add(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + BASE + file, e);
        }
        return rows;
    }

    private void add(GazetteerEntry entry) {
        String folded = folded(entry.name());
        byName.computeIfAbsent(folded, k -> new ArrayList<>()).add(entry);
        byKey.computeIfAbsent(key(folded), k -> new ArrayList<>()).add(entry);
    }

    /** Entries whose name is {@code name} after folding case, accents and designators ("Province"). */
    List<GazetteerEntry> exact(String name) {
        return byName.getOrDefault(folded(name), List.of());
    }

    /** Entries whose transliteration key equals that of {@code name}: "Nosheki", "Noshki" and "Nushki" share one. */
    List<GazetteerEntry> similar(String name) {
        return byKey.getOrDefault(key(folded(name)), List.of());
    }

    /** The form a name is looked up by: without its designator ("Province"), folded. */
    static String folded(String name) {
        return fold(withoutDesignator(name));
    }

    /** Lower case, accents and apostrophes removed, spaces collapsed. */
    static String fold(String s) {
        String decomposed = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        String joined = APOSTROPHES.matcher(decomposed.toLowerCase(Locale.ROOT)).replaceAll("");
        return SEPARATORS.matcher(joined).replaceAll(" ").strip();
    }

    /**
     * A key that survives the usual variation of romanised names: vowels dropped after the first letter, doubled
     * letters collapsed, common digraph variants merged (kh/k, gh/g, ph/f, ou/u, w/v, y/i, z/s, q/k, c/k).
     */
    static String key(String folded) {
        String s = folded.replace(" ", "");
        if (s.isEmpty()) {
            return s;
        }
        s = s.replace("ph", "f").replace("kh", "k").replace("gh", "g").replace("q", "k").replace("ck", "k")
                .replace("c", "k").replace("w", "v").replace("z", "s").replace("y", "i").replace("j", "i");
        StringBuilder b = new StringBuilder();
        b.append(s.charAt(0));
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("aeiou".indexOf(c) >= 0) {
                continue;
            }
            if (b.charAt(b.length() - 1) != c) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The name without a trailing designator: "Balochistan Province" is "Balochistan". */
    static String withoutDesignator(String name) {
        return DESIGNATOR.matcher(name).replaceAll("").strip();
    }

    private static Optional<String> optional(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s);
    }
}
