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
 * or country. Ties go to the entry in the province or country the text
 * also mentions, then to the coarser kind (a province over a town of the same name).
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
        boolean designatedAdmin = name.toLowerCase(Locale.ROOT)
                .matches(".*\\b(province|department|state|governorate|district)\\b.*");
        GazetteerEntry best = candidates.stream()
                .max(Comparator.<GazetteerEntry>comparingInt(e -> contextScore(e, context))
                        .thenComparingInt(e -> designatedAdmin && (e.precision() == PlacePrecision.ADMIN1
                                || e.precision() == PlacePrecision.ADMIN2) ? 1 : 0)
                        .thenComparingInt(PlaceResolver::kindPreference))
                .orElseThrow();
        return Optional.of(toPlace(best, span));
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

    private static int contextScore(GazetteerEntry e, List<String> context) {
        int score = 0;
        for (String c : context) {
            String folded = Gazetteer.fold(Gazetteer.withoutDesignator(c));
            if (e.admin1().map(a -> Gazetteer.fold(a).equals(folded)).orElse(false)) {
                score += 2;
            }
            String country = Locale.of("", e.country()).getDisplayCountry(Locale.ENGLISH);
            if (Gazetteer.fold(country).equals(folded)) {
                score += 1;
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
