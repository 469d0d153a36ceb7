package org.corroborate.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.corroborate.article.Article;
import org.corroborate.incident.Figures;
import org.corroborate.incident.IncidentCoding;
import org.corroborate.incident.IncidentReport;
import org.corroborate.incident.IncidentType;
import org.corroborate.incident.Stage;
import org.corroborate.report.ArticleReport;
import org.corroborate.report.Count;
import org.corroborate.report.DateInterval;
import org.corroborate.report.Party;
import org.corroborate.report.PartyKind;
import org.corroborate.report.Place;
import org.corroborate.report.PlacePrecision;
import org.corroborate.report.Span;
import org.corroborate.report.Status;

/** Builds article reports for store tests from a text and the phrases that carry each record. */
public final class Reports {

    private final Article article;
    private final List<IncidentReport> incidents = new ArrayList<>();

    private Reports(Article article) {
        this.article = article;
    }

    public static Reports article(String id, String outlet, LocalDate published, String text) {
        return new Reports(new Article(id, text, Optional.empty(), Optional.ofNullable(outlet), Optional.empty(),
                Optional.empty(), Optional.of(published), Optional.of("en"), id + ".txt"));
    }

    public static Place town(String name, String admin1, String country, double lat, double lon) {
        return new Place(name, Optional.of(country), Optional.of(admin1), Optional.empty(), OptionalDouble.of(lat),
                OptionalDouble.of(lon), OptionalLong.empty(), PlacePrecision.TOWN, Optional.empty());
    }

    public static Place country(String name) {
        return new Place(name, Optional.of(name), Optional.empty(), Optional.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalLong.empty(), PlacePrecision.COUNTRY, Optional.empty());
    }

    /**
     * Adds an incident read from {@code trigger}, on {@code day} at {@code place}, with the named victims and the
     * killed count written as {@code killed} (its digits are the figure).
     */
    public Reports incident(IncidentType type, String trigger, LocalDate day, Place place, List<String> victims,
                     String killed) {
        List<Party> parties = victims.stream().map(v -> new Party(Optional.empty(), v, PartyKind.INDIVIDUAL,
                Status.ASSERTED, Optional.empty(), span(v), true)).toList();
        List<Count> counts = killed == null ? List.of() : List.of(new Count(number(killed),
                Optional.of(number(killed)), killed, Optional.empty(), Status.ASSERTED, span(killed)));
        incidents.add(new IncidentReport("i" + (incidents.size() + 1), type, Stage.ACCOMPLISHED,
                new IncidentCoding.Codes(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("ATTACK")),
                DateInterval.day(day, null), Optional.of(place), List.of(), List.of(), parties, List.of(), List.of(),
                new Figures(counts, List.of(), List.of(), List.of(), List.of()), Optional.empty(), Status.ASSERTED,
                List.of(span(trigger))));
        return this;
    }

    /** The number a phrase starts with: "six priests" is 6. */
    private static long number(String phrase) {
        String first = phrase.toLowerCase(java.util.Locale.ROOT).split(" ")[0];
        int index = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight").indexOf(first);
        return index >= 0 ? index : Long.parseLong(first);
    }

    public ArticleReport build() {
        return new ArticleReport(article, article.published(), incidents, List.of(), List.of(), List.of(), List.of(),
                List.of());
    }

    private Span span(String phrase) {
        int start = article.text().indexOf(phrase);
        if (start < 0) {
            throw new IllegalArgumentException("'" + phrase + "' is not in the text");
        }
        return Span.of(article.text(), start, start + phrase.length());
    }
}
