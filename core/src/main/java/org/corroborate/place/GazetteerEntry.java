package org.corroborate.place;

import java.util.Optional;
import java.util.OptionalDouble;
import org.corroborate.report.PlacePrecision;

/** One named place of the gazetteer: a town, a district (admin2), a province (admin1) or a country. */
record GazetteerEntry(String name, String country, Optional<String> admin1, Optional<String> admin2,
                      OptionalDouble lat, OptionalDouble lon, PlacePrecision precision) {
}
