package org.corroborate.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corroborate.report.PlacePrecision;
import org.junit.jupiter.api.Test;

class PlaceResolverTest {

    private static final PlaceResolver RESOLVER = new PlaceResolver(Gazetteer.bundled());

    @Test
    void variantSpellingFindsTheGazetteerNameByTransliterationKey() {
        assertThat(RESOLVER.resolve("Nosheki region", null, List.of("Balochistan Province")))
                .hasValueSatisfying(p -> {
                    assertThat(p.name()).isEqualTo("Nushki");
                    assertThat(p.admin1()).hasValue("Balochistan");
                    assertThat(p.country()).hasValue("PK");
                    assertThat(p.lat()).isPresent();
                });
    }

    @Test
    void provinceNameResolvesToAdmin1WithoutCoordinates() {
        assertThat(RESOLVER.resolve("Balochistan Province", null, List.of())).hasValueSatisfying(p -> {
            assertThat(p.precision()).isEqualTo(PlacePrecision.ADMIN1);
            assertThat(p.country()).hasValue("PK");
            assertThat(p.lat()).isEmpty();
        });
    }

    @Test
    void countryIsCountryPrecisionAndNeverACentroid() {
        assertThat(RESOLVER.resolve("Pakistan", null, List.of())).hasValueSatisfying(p -> {
            assertThat(p.precision()).isEqualTo(PlacePrecision.COUNTRY);
            assertThat(p.country()).hasValue("PK");
            assertThat(p.lat()).isEmpty();
            assertThat(p.lon()).isEmpty();
        });
    }

    @Test
    void variantSpellingWithoutSupportingContextIsNotGuessed() {
        assertThat(RESOLVER.resolve("Nosheki", null, List.of("San Salvador"))).isEmpty();
    }

    @Test
    void departmentOfElSalvadorIsItsAdmin1() {
        assertThat(RESOLVER.resolve("SAN MIGUEL DEPARTMENT", null, List.of("SAN SALVADOR", "USULUTAN")))
                .hasValueSatisfying(p -> {
                    assertThat(p.precision()).isEqualTo(PlacePrecision.ADMIN1);
                    assertThat(p.country()).hasValue("SV");
                });
    }

    @Test
    void ambiguousTownGoesToTheCountryTheOtherPlacesOfThePassageAreIn() {
        assertThat(RESOLVER.resolve("San Miguel", null, List.of("San Salvador", "Usulutan")))
                .hasValueSatisfying(p -> assertThat(p.country()).hasValue("SV"));
        assertThat(RESOLVER.resolve("Quetta", null, List.of())).hasValueSatisfying(p -> {
            assertThat(p.country()).hasValue("PK");
            assertThat(p.precision()).isEqualTo(PlacePrecision.TOWN);
        });
    }

    @Test
    void withoutContextATownNamedLikeItsProvinceIsTheOneMeant() {
        // Lima is a town in Argentina, Peru, Paraguay and the United States; Peru's gives its name to the province.
        assertThat(RESOLVER.resolve("Lima", null, List.of())).hasValueSatisfying(p -> {
            assertThat(p.country()).hasValue("PE");
            assertThat(p.precision()).isEqualTo(PlacePrecision.TOWN);
        });
        assertThat(RESOLVER.resolve("Lima", null, List.of("Asuncion", "Paraguay")))
                .hasValueSatisfying(p -> assertThat(p.country()).hasValue("PY"));
    }

    @Test
    void unknownNameResolvesToNothing() {
        assertThat(RESOLVER.resolve("Xqzvbnm", null, List.of())).isEmpty();
    }

    @Test
    void transliterationKeyMergesCommonVariants() {
        assertThat(Gazetteer.key("nosheki")).isEqualTo(Gazetteer.key("nushki"));
        assertThat(Gazetteer.key("khuzdar")).isEqualTo(Gazetteer.key("kuzdar"));
        assertThat(Gazetteer.key("quetta")).isNotEqualTo(Gazetteer.key("kalat"));
    }
}
