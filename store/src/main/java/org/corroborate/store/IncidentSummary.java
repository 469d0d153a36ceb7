package org.corroborate.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.corroborate.incident.FigureKind;
import org.corroborate.incident.IncidentType;

/**
 * One incident as a line of a list.
 *
 * @param place the place's name with province and country ("San Salvador, San Salvador, El Salvador")
 * @param location the same place resolved: names, ISO country code, coordinates and precision
 * @param sources distinct outlets (or credited agencies) that report it
 * @param independentSources sources that are not copies of each other and do not carry the same agency's copy
 * @param figures per kind, only kinds some report gives
 * @param title the title of the first article that reported it, or the first words of its evidence
 */
public record IncidentSummary(long id, IncidentType type, Optional<LocalDate> start, Optional<LocalDate> end,
                              Optional<String> place, Optional<Location> location, int reports, int sources, int independentSources,
                              java.util.Map<FigureKind, FigureRange> figures, List<String> perpetrators,
                              String title) {

    public IncidentSummary {
        figures = java.util.Map.copyOf(figures);
        perpetrators = List.copyOf(perpetrators);
    }

    /**
     * A resolved place: coordinates are absent when only a name is known, precision says how fine they are.
     *
     * @param country ISO 3166-1 alpha-2 code ("SV")
     * @param countryIso3 the same country's alpha-3 code ("SLV"), which many boundary files use
     */
    public record Location(String name, Optional<String> admin1, Optional<String> admin2, Optional<String> country,
                           Optional<String> countryIso3, Optional<Double> lat, Optional<Double> lon,
                           String precision) {
    }
}
