package org.corroborate.report;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * A place resolved against the gazetteer. Coordinates are present only when the precision warrants them: a place
 * known only by its country has no coordinates (no silent centroid).
 *
 * @param name the gazetteer name ("Nushki"), or the text when unresolved
 * @param country ISO 3166-1 alpha-2
 * @param span the words of the article that name the place
 */
public record Place(String name, Optional<String> country, Optional<String> admin1, Optional<String> admin2,
                    OptionalDouble lat, OptionalDouble lon, OptionalLong geonamesId, PlacePrecision precision,
                    Optional<Span> span) {
}
