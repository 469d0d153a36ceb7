package org.corroborate.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;
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

    private static final Pattern LEADING_THE = Pattern.compile("^the\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern GENERIC_TAIL = Pattern.compile(
            "\\s+(region|area|jurisdiction|zone|sector|outskirts)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ADMIN_WORD = Pattern.compile(
            "\\b(province|department|state|governorate|district)\\b", Pattern.CASE_INSENSITIVE);

    private final Gazetteer gazetteer;

    public PlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * @param name the place as written ("Nosheki region", "Balochistan Province")
     * @param context names of other places in the same passage, used to break ties
     */
    public Optional<Place> resolve(String name, Span span, List<String> context) {
        return resolveIn(name, span, passage(context));
    }

    /**
     * Resolves a name that may not be a place at all (a town the tagger took for a person): only to a place in a
     * country where one of the passage's places resolves, never to a namesake elsewhere.
     */
    public Optional<Place> resolveInPassageCountry(String name, Span span, List<String> context) {
        List<ContextPlace> passage = passage(context);
        Optional<Place> place = resolveIn(name, span, passage);
        Optional<String> country = place.flatMap(Place::country);
        if (country.isEmpty()) {
            return Optional.empty();
        }
        for (String other : new LinkedHashSet<>(context)) {
            if (resolveIn(other, Span.of(other, 0, other.length()), passage).flatMap(Place::country).equals(country)) {
                return place;
            }
        }
        return Optional.empty();
    }

    private Optional<Place> resolveIn(String name, Span span, List<ContextPlace> passage) {
        String cleaned = stripGeneric(name);
        if (cleaned.length() < 2) {
            return Optional.empty();
        }
        List<GazetteerEntry> candidates = gazetteer.exact(cleaned);
        if (candidates.isEmpty() && cleaned.length() >= 5) {
            // A variant spelling is trusted only where the passage also names its province or country.
            String folded = Gazetteer.folded(cleaned);
            candidates = gazetteer.similar(cleaned).stream()
                    .filter(e -> editDistance(folded, Gazetteer.fold(e.name())) <= Math.max(2, folded.length() / 4))
                    .filter(e -> contextScore(e, passage) > 0)
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
        Map<GazetteerEntry, Double> scores = new IdentityHashMap<>();
        candidates.forEach(e -> scores.put(e, contextScore(e, passage)));
        boolean designatedAdmin = ADMIN_WORD.matcher(name).find();
        Comparator<GazetteerEntry> order = Comparator.<GazetteerEntry>comparingDouble(scores::get)
                .thenComparingInt(e -> designatedAdmin && (e.precision() == PlacePrecision.ADMIN1
                        || e.precision() == PlacePrecision.ADMIN2) ? 1 : 0)
                .thenComparingInt(PlaceResolver::kindPreference)
                .thenComparingInt(PlaceResolver::seatPreference);
        Optional<String> dominant = dominantCountry(passage, Gazetteer.folded(cleaned));
        List<GazetteerEntry> inDominant = candidates.stream()
                .filter(e -> dominant.map(e.country()::equals).orElse(false)).toList();
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
     * A place of the passage, folded and looked up once per resolution.
     *
     * @param countries the countries that have a place of this name
     * @param namedCountry the country, when the name is a country's
     */
    private record ContextPlace(String folded, Set<String> countries, Optional<String> namedCountry) {
    }

    private List<ContextPlace> passage(List<String> context) {
        List<ContextPlace> places = new ArrayList<>();
        for (String c : new LinkedHashSet<>(context)) {
            List<GazetteerEntry> entries = gazetteer.exact(c);
            Set<String> countries = new HashSet<>();
            entries.forEach(e -> countries.add(e.country()));
            Optional<String> named = entries.stream().filter(e -> e.precision() == PlacePrecision.COUNTRY)
                    .map(GazetteerEntry::country).findFirst();
            places.add(new ContextPlace(Gazetteer.folded(c), countries, named));
        }
        return places;
    }

    /**
     * The country the other places of the passage point to: each name votes for the countries that have a place of
     * that name, 1 divided among them, and a country's own name votes 2 for it. Empty when nothing points anywhere.
     */
    private static Optional<String> dominantCountry(List<ContextPlace> passage, String own) {
        Map<String, Double> votes = new HashMap<>();
        for (ContextPlace c : passage) {
            if (c.folded().equals(own)) {
                continue;
            }
            if (c.namedCountry().isPresent()) {
                votes.merge(c.namedCountry().get(), 2.0, Double::sum);
                continue;
            }
            c.countries().forEach(k -> votes.merge(k, 1.0 / c.countries().size(), Double::sum));
        }
        return votes.entrySet().stream().filter(e -> e.getValue() >= 1.0)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
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
     * A town named like its province over one named like its district over the rest: the town that gives its name
     * to a province is most often its seat, and the one an unqualified name means ("Lima" is the Peruvian capital,
     * not the towns of the name in Argentina, Paraguay or Ohio).
     */
    private static int seatPreference(GazetteerEntry e) {
        String own = Gazetteer.folded(e.name());
        if (e.admin1().map(a -> Gazetteer.folded(a).equals(own)).orElse(false)) {
            return 2;
        }
        return e.admin2().map(a -> Gazetteer.folded(a).equals(own)).orElse(false) ? 1 : 0;
    }

    /**
     * How well the passage supports an entry: its province or country named (2 each), and every other place of the
     * passage found in the same country, weighted by how specific that name is (1 divided by the number of
     * countries that have a place of that name: "Usulutan" says El Salvador, "San Rafael" hardly anything).
     */
    private static double contextScore(GazetteerEntry e, List<ContextPlace> passage) {
        double score = 0;
        String country = Gazetteer.fold(Locale.of("", e.country()).getDisplayCountry(Locale.ENGLISH));
        String own = Gazetteer.folded(e.name());
        Optional<String> admin1 = e.admin1().map(Gazetteer::folded);
        for (ContextPlace c : passage) {
            if (c.folded().equals(own)) {
                continue;
            }
            if (admin1.map(c.folded()::equals).orElse(false) || country.equals(c.folded())) {
                score += 2;
            } else if (c.countries().contains(e.country())) {
                score += 1.0 / c.countries().size();
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
        String s = LEADING_THE.matcher(name.strip()).replaceAll("");
        return GENERIC_TAIL.matcher(s).replaceAll("").strip();
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
