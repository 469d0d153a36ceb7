package org.corroborate.incident;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.corroborate.actor.ActorKind;
import org.corroborate.actor.ActorMention;
import org.corroborate.nlp.AnalyzedText;
import org.corroborate.nlp.Entity;
import org.corroborate.nlp.EntityType;
import org.corroborate.nlp.PartOfSpeech;
import org.corroborate.nlp.Sentence;
import org.corroborate.place.PlaceResolver;
import org.corroborate.report.Place;
import org.corroborate.report.PlacePrecision;
import org.corroborate.report.Span;

/** Chooses where an incident happened from the places its sentences name, with the article's places as context. */
final class IncidentPlaces {

    private final PlaceResolver places;
    private final IncidentLexicon lexicon;

    IncidentPlaces(PlaceResolver places, IncidentLexicon lexicon) {
        this.places = places;
        this.lexicon = lexicon;
    }

    /**
     * Every place the article names and the country of every state it mentions ("Salvadoran army" is El Salvador):
     * the context that decides between places of the same name.
     */
    static List<String> articlePlaces(AnalyzedText text, List<List<ActorMention>> mentions) {
        List<String> places = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            for (Entity e : s.entities()) {
                if (e.type().isPlace()) {
                    places.add(e.text());
                }
            }
        }
        for (List<ActorMention> sentence : mentions) {
            for (ActorMention m : sentence) {
                if (m.kind() == ActorKind.STATE && m.country().isPresent()) {
                    places.add(Locale.of("", m.country().get()).getDisplayCountry(Locale.ENGLISH));
                }
            }
        }
        return places;
    }

    /**
     * Where incident {@code d} happened: the finest place its sentences (else its paragraph) name that agrees with
     * the coarser ones. The dateline's place ("MANAGUA, 27 NOV 89 --", which ends at {@code datelineEnd}) is where
     * the report was filed, so it comes after the places the incident's words name: taken when none of them resolves,
     * else only to narrow one of its own country. "An airliner exploded near Bogota" under a Managua dateline
     * happened near Bogota.
     */
    Optional<Place> place(IncidentDraft d, AnalyzedText text, List<List<ActorMention>> mentions,
                          List<String> articlePlaces, int datelineEnd) {
        List<PlaceName> names = new ArrayList<>();
        for (int index : d.sentences) {
            names.addAll(placeNames(text.text(), text.sentences().get(index), mentions.get(index)));
        }
        if (names.stream().allMatch(PlaceName::guessed)) {
            for (Sentence s : text.sentences()) {
                if (s.paragraph() == d.paragraph && !d.sentences.contains(s.index())) {
                    names.addAll(placeNames(text.text(), s, mentions.get(s.index())));
                }
            }
        }
        return finest(names, articlePlaces, datelineEnd);
    }

    /**
     * Of {@code names}, the finest place that agrees with the coarser ones; the dateline's place after the others. A
     * name only guessed to be a place (see {@link PlaceName#guessed}) counts when it lies in the country the places
     * named as such point to.
     */
    private Optional<Place> finest(List<PlaceName> names, List<String> articlePlaces, int datelineEnd) {
        List<PlaceName> ordered = new ArrayList<>(names);
        // Stable: the dateline's place after the others, each group in the text's order.
        ordered.sort(Comparator.comparing(n -> n.span().end() <= datelineEnd));
        List<String> context = new ArrayList<>(ordered.stream().filter(n -> !n.guessed()).map(PlaceName::name)
                .toList());
        context.addAll(articlePlaces);
        Place best = null;
        for (PlaceName n : ordered) {
            Optional<Place> resolved = n.guessed() ? places.resolveInPassageCountry(n.name(), n.span(), context)
                    : places.resolve(n.name(), n.span(), context);
            if (resolved.isPresent() && (best == null
                    || resolved.get().precision().ordinal() < best.precision().ordinal())) {
                if (best == null || consistent(resolved.get(), best)) {
                    best = resolved.get();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean consistent(Place finer, Place coarser) {
        if (!finer.country().equals(coarser.country())) {
            return false;
        }
        return coarser.precision() != PlacePrecision.ADMIN1 || finer.admin1().equals(coarser.admin1());
    }

    /**
     * A name that may say where the incident happened.
     *
     * @param guessed whether the tagger took it for a person and only the preposition before it says it is a place
     */
    private record PlaceName(String name, Span span, boolean guessed) {

        PlaceName(String name, Span span) {
            this(name, span, false);
        }
    }

    /** Places where the incident happened: not the ends of a route, not the place in "capital of X". */
    /** Prepositions that put a name as where something happened: "in Kabul", "near the border", "outside Lima". */
    static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "inside", "outside", "into");

    private List<PlaceName> placeNames(String text, Sentence s, List<ActorMention> mentions) {
        List<PlaceName> out = new ArrayList<>();
        for (Entity e : s.entities()) {
            if (!e.type().isPlace() || excludedPlace(s, e.firstToken()) || facilityWord(s, e)) {
                continue;
            }
            int last = e.lastToken();
            String name = e.text();
            if (last + 1 < s.tokens().size() && s.tokens().get(last + 1).word().matches("(?i)region|district|area")) {
                last++;
            }
            out.add(new PlaceName(name, Span.of(text, e.start(), s.tokens().get(last).end())));
        }
        // "killed a judge in Segovia": in capitals the tagger may take a town for a person; a name right after a
        // place preposition, not someone's ("in Duarte's office"), is tried as a place (see finest).
        for (Entity e : s.entities()) {
            int next = e.lastToken() + 1;
            boolean owner = next < s.tokens().size() && s.tokens().get(next).tag().equals("POS");
            if (e.type() == EntityType.PERSON && e.firstToken() > 0 && !owner
                    && PLACE_PREPOSITIONS.contains(s.tokens().get(e.firstToken() - 1).word().toLowerCase(Locale.ROOT))
                    && out.stream().noneMatch(p -> p.span().overlaps(Span.of(text, e.start(), e.end())))) {
                out.add(new PlaceName(e.text(), Span.of(text, e.start(), e.end()), true));
            }
        }
        for (ActorMention m : mentions) {
            if (m.kind() == ActorKind.STATE && m.form() == ActorMention.Form.NAME && m.firstToken() > 0
                    && PLACE_PREPOSITIONS.contains(s.tokens().get(m.firstToken() - 1).word().toLowerCase(Locale.ROOT))
                    && out.stream().noneMatch(p -> p.span().overlaps(m.span()))) {
                out.add(new PlaceName(m.actor(), m.span()));
            }
        }
        return out;
    }

    /**
     * Whether a place the tagger found is one word for a kind of facility: in "THE BOGOTA EL DORADO AIRPORT" it
     * tags "AIRPORT" a place of its own, which the gazetteer would find in Hawaii.
     */
    private boolean facilityWord(Sentence s, Entity e) {
        return e.firstToken() == e.lastToken() && lexicon.targetHead(s.tokens().get(e.firstToken())).isPresent();
    }

    private static boolean excludedPlace(Sentence s, int first) {
        int k = first - 1;
        while (k >= 0 && (s.tokens().get(k).pos() == PartOfSpeech.DET || s.tokens().get(k).pos() == PartOfSpeech.ADJ)) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        String before = s.tokens().get(k).word().toLowerCase(Locale.ROOT);
        if (TargetReader.ROUTE_MARKERS.contains(before)) {
            return true;
        }
        return before.equals("of") && k > 0 && s.tokens().get(k - 1).lowerLemma().matches("capital|city|people");
    }
}
