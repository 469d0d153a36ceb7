package org.corroborate.place;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;

/** Countries by their ISO 3166-1 alpha-2 code ("SV"), from the Java runtime's tables. */
public final class Countries {

    private Countries() {
    }

    /** The English name of the country with this alpha-2 code ("El Salvador"); empty for an unknown code. */
    public static Optional<String> name(String alpha2) {
        if (alpha2.length() != 2) {
            return Optional.empty();
        }
        String name = Locale.of("", alpha2.toUpperCase(Locale.ROOT)).getDisplayCountry(Locale.ENGLISH);
        return name.isBlank() || name.equalsIgnoreCase(alpha2) ? Optional.empty() : Optional.of(name);
    }

    /** The alpha-3 code of the country with this alpha-2 code ("SLV"); empty for an unknown code. */
    public static Optional<String> alpha3(String alpha2) {
        if (alpha2.length() != 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(Locale.of("", alpha2.toUpperCase(Locale.ROOT)).getISO3Country())
                    .filter(code -> !code.isEmpty());
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }
}
