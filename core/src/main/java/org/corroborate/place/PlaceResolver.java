package org.corroborate.place;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.corroborate.report.Place;
import org.corroborate.report.PlacePrecision;
import org.corroborate.report.Span;

/**
 * Resolves a place name to a gazetteer entry: an exact match first, then a transliteration-aware near match
 * ("Nosheki" finds Nushki) within a small edit distance, accepted only when the passage names the entry's province
 * or country. A country's name is the country. Otherwise the country the passage's other places point to decides
 * between places of the same name; a common name that has no place in that country stays unresolved rather than
 * guessed.
 */
public final class PlaceResolver {

    private final Gazetteer gazetteer;

    public PlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * @param name the place as written ("Nosheki region", "Balochistan Province")
     * @param context names of other places in the same passage, used to break ties
     */
    public Optional<Place> resolve(String name, Span span, List<String> context) {
        String cleaned = stripGeneric(name);
        if (cleaned.length() < 2) {
            return Optional.empty();
        }
        List<GazetteerEntry> candidates = gazetteer.exact(cleaned);
        if (candidates.isEmpty() && cleaned.length() >= 5) {
            // A variant spelling is trusted only where the passage also names its province or country.
            String folded = Gazetteer.fold(Gazetteer.withoutDesignator(cleaned));
            candidates = gazetteer.similar(cleaned).stream()
                    .filter(e -> editDistance(folded, Gazetteer.fold(e.name())) <= Math.max(2, folded.length() / 4))
                    .filter(e -> contextScore(e, context) > 0)
                    .toList();
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Optional<GazetteerEntry> country = candidates.stream()
                .filter(e -> e.precision() == PlacePrecision.COUNTRY).findFirst();
        if (country.isPresent()) {
            return Optional.of(toPlace(country.get(), span));
        }
        boolean designatedAdmin = name.toLowerCase(Locale.ROOT)
                .matches(".*\\b(province|department|state|governorate|district)\\b.*");
        Comparator<GazetteerEntry> order = Comparator.<GazetteerEntry>comparingDouble(e -> contextScore(e, context))
                .thenComparingInt(e -> designatedAdmin && (e.precision() == PlacePrecision.ADMIN1
                        || e.precision() == PlacePrecision.ADMIN2) ? 1 : 0)
                .thenComparingInt(PlaceResolver::kindPreference);
        Optional<String> dominant = dominantCountry(context, cleaned);
        List<GazetteerEntry> found = candidates;
        List<GazetteerEntry> inDominant = dominant.map(c -> found.stream()
                .filter(e -> e.country().equals(c)).toList()).orElse(List.of());
        long countries = candidates.stream().map(GazetteerEntry::country).distinct().count();
        if (!inDominant.isEmpty()) {
            return Optional.of(toPlace(inDominant.stream().max(order).orElseThrow(), span));
        }
        if (dominant.isPresent() && countries > 1) {
            // The passage is about another country and the name is common: a guess, not a resolution.
            return Optional.empty();
        }
        return Optional.of(toPlace(candidates.stream().max(order).orElseThrow(), span));
    }

    /**
     * The country the other places of the passage point to: each name votes for the countries that have a place of
     * that name, 1 divided among them, and a country's own name votes 2 for it. Empty when nothing points anywhere.
     */
    private Optional<String> dominantCountry(List<String> context, String self) {
        java.util.Map<String, Double> votes = new java.util.HashMap<>();
        String own = Gazetteer.fold(Gazetteer.withoutDesignator(self));
        for (String c : new java.util.LinkedHashSet<>(context)) {
            if (Gazetteer.fold(Gazetteer.withoutDesignator(c)).equals(own)) {
                continue;
            }
            List<GazetteerEntry> entries = gazetteer.exact(c);
            Optional<GazetteerEntry> named = entries.stream()
                    .filter(e -> e.precision() == PlacePrecision.COUNTRY).findFirst();
            if (named.isPresent()) {
                votes.merge(named.get().country(), 2.0, Double::sum);
                continue;
            }
            java.util.Set<String> countries = new java.util.HashSet<>();
            entries.forEach(e -> countries.add(e.country()));
            countries.forEach(k -> votes.merge(k, 1.0 / countries.size(), Double::sum));
        }
        return votes.entrySet().stream().filter(e -> e.getValue() >= 1.0)
                .max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey);
    }

    /** A country over a town of the same name, a town over a district or province named like it ("Kabul"). */
    private static int kindPreference(GazetteerEntry e) {
        return switch (e.precision()) {
            case COUNTRY -> 4;
            case TOWN, POINT -> 3;
            case ADMIN2 -> 2;
            case ADMIN1 -> 1;
            default -> 0;
        };
    }

    /**
     * How well the passage supports an entry: its province or country named (2 each), and every other place of the
     * passage found in the same country, weighted by how specific that name is (1 divided by the number of
     * countries that have a place of that name: "Usulutan" says El Salvador, "San Rafael" hardly anything).
     */
    private double contextScore(GazetteerEntry e, List<String> context) {
        double score = 0;
        String country = Gazetteer.fold(Locale.of("", e.country()).getDisplayCountry(Locale.ENGLISH));
        String own = Gazetteer.fold(Gazetteer.withoutDesignator(e.name()));
        for (String c : new java.util.LinkedHashSet<>(context)) {
            String folded = Gazetteer.fold(Gazetteer.withoutDesignator(c));
            if (folded.equals(own)) {
                continue;
            }
            if (e.admin1().map(a -> Gazetteer.fold(Gazetteer.withoutDesignator(a)).equals(folded)).orElse(false)
                    || country.equals(folded)) {
                score += 2;
                continue;
            }
            java.util.Set<String> countries = new java.util.HashSet<>();
            gazetteer.exact(c).forEach(other -> countries.add(other.country()));
            if (countries.contains(e.country())) {
                score += 1.0 / countries.size();
            }
        }
        return score;
    }

    private static Place toPlace(GazetteerEntry e, Span span) {
        return new Place(e.name(), Optional.of(e.country()), e.admin1(), e.admin2(), e.lat(), e.lon(),
                OptionalLong.empty(), e.precision(), Optional.ofNullable(span));
    }

    /** "the Nosheki region" is "Nosheki": articles and generic place nouns are not part of the name. */
    private static String stripGeneric(String name) {
        String s = name.strip().replaceAll("(?i)^the\\s+", "");
        s = s.replaceAll("(?i)\\s+(region|area|jurisdiction|zone|sector|outskirts)$", "");
        return s.strip();
    }

    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
