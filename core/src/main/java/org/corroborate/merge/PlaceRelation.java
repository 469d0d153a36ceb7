package org.corroborate.merge;

import java.util.Optional;
import org.corroborate.report.Place;
import org.corroborate.report.PlacePrecision;

/**
 * How two reported places relate, from the most telling to a contradiction.
 *
 * @param strength 3 same place, 2 one inside the other or near, 1 same province, 0 same country or unknown, -1
 *     different places
 * @param reason the words a user reads ("San Salvador inside San Salvador department")
 */
record PlaceRelation(int strength, String reason) {

    /** Two places closer than this are "near" when neither contains the other. */
    static final double NEAR_KM = 25;
    /** Two towns farther apart than this are different places, whatever their names. */
    static final double FAR_KM = 60;

    static final PlaceRelation UNKNOWN = new PlaceRelation(0, "");

    boolean conflicts() {
        return strength < 0;
    }

    static PlaceRelation between(Optional<Place> first, Optional<Place> second) {
        if (first.isEmpty() || second.isEmpty()) {
            return UNKNOWN;
        }
        Place a = first.get();
        Place b = second.get();
        String countryA = a.country().map(Names::normalize).orElse("");
        String countryB = b.country().map(Names::normalize).orElse("");
        if (!countryA.isEmpty() && !countryB.isEmpty() && !countryA.equals(countryB)) {
            return new PlaceRelation(-1, a.name() + " and " + b.name() + " are in different countries");
        }
        String nameA = Names.normalize(a.name());
        String nameB = Names.normalize(b.name());
        if (nameA.equals(nameB) && a.precision() != PlacePrecision.COUNTRY && a.precision() != PlacePrecision.REGION) {
            return new PlaceRelation(3, "same place: " + a.name());
        }
        Optional<Double> km = distanceKm(a, b);
        if (inside(a, b)) {
            return new PlaceRelation(2, a.name() + " inside " + b.name() + suffix(b));
        }
        if (inside(b, a)) {
            return new PlaceRelation(2, b.name() + " inside " + a.name() + suffix(a));
        }
        if (km.isPresent() && km.get() <= NEAR_KM && fine(a) && fine(b)) {
            return new PlaceRelation(2, a.name() + " is " + Math.round(km.get()) + " km from " + b.name());
        }
        if (km.isPresent() && km.get() > FAR_KM && a.precision() == PlacePrecision.TOWN
                && b.precision() == PlacePrecision.TOWN) {
            return new PlaceRelation(-1, a.name() + " is " + Math.round(km.get()) + " km from " + b.name());
        }
        String admin1A = a.admin1().map(Names::normalize).orElse("");
        String admin1B = b.admin1().map(Names::normalize).orElse("");
        if (!admin1A.isEmpty() && admin1A.equals(admin1B)) {
            return new PlaceRelation(1, "both in " + a.admin1().get());
        }
        if (!admin1A.isEmpty() && !admin1B.isEmpty()) {
            return new PlaceRelation(-1, a.name() + " and " + b.name() + " are in different provinces");
        }
        return UNKNOWN;
    }

    /** Whether {@code inner} lies in {@code outer}: outer is its province or district, or its country only. */
    private static boolean inside(Place inner, Place outer) {
        String outerName = Names.normalize(outer.name());
        return switch (outer.precision()) {
            case ADMIN1 -> inner.admin1().map(Names::normalize).filter(outerName::equals).isPresent();
            case ADMIN2 -> inner.admin2().map(Names::normalize).filter(outerName::equals).isPresent();
            default -> false;
        };
    }

    private static String suffix(Place outer) {
        return switch (outer.precision()) {
            case ADMIN1 -> " province";
            case ADMIN2 -> " district";
            default -> "";
        };
    }

    private static boolean fine(Place p) {
        return p.precision() == PlacePrecision.POINT || p.precision() == PlacePrecision.TOWN;
    }

    private static Optional<Double> distanceKm(Place a, Place b) {
        if (a.lat().isEmpty() || a.lon().isEmpty() || b.lat().isEmpty() || b.lon().isEmpty()) {
            return Optional.empty();
        }
        double lat1 = Math.toRadians(a.lat().getAsDouble());
        double lat2 = Math.toRadians(b.lat().getAsDouble());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.lon().getAsDouble() - a.lon().getAsDouble());
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return Optional.of(2 * 6371.0 * Math.asin(Math.sqrt(h)));
    }
}
