package org.corroborate.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.corroborate.article.Article;
import org.junit.jupiter.api.Test;

class ReferenceDateFinderTest {

    private final ReferenceDateFinder finder = new ReferenceDateFinder();

    @Test
    void publishedDateWins() {
        Article a = Article.of("a", "SAN SALVADOR, 3 JAN 90 -- TEXT").withPublished(LocalDate.of(1990, 1, 4));
        assertThat(finder.find(a)).hasValueSatisfying(r -> {
            assertThat(r.date()).isEqualTo(LocalDate.of(1990, 1, 4));
            assertThat(r.basis()).isEqualTo(ReferenceDate.Basis.PUBLISHED);
        });
    }

    @Test
    void wireDatelineGivesTheDateWithTwoDigitYear() {
        Article a = Article.of("a", "SAN SALVADOR, 3 JAN 90 -- [REPORT] THE ARMY REPORTED AN ATTACK.");
        assertThat(finder.find(a)).hasValueSatisfying(r -> {
            assertThat(r.date()).isEqualTo(LocalDate.of(1990, 1, 3));
            assertThat(r.basis()).isEqualTo(ReferenceDate.Basis.DATELINE);
        });
        assertThat(ReferenceDateFinder.datelineSeparator(a.text())).hasValueSatisfying(s -> {
            assertThat(a.text().substring(s[0], s[1])).isEqualTo("--");
        });
    }

    @Test
    void wireDatelineMayNameItsSourceBeforeTheDash() {
        Article a = Article.of("a", "LIMA, 12 MAY 90 (EFE) -- [TEXT] GUERRILLAS BOMBED A BANK.");
        assertThat(finder.find(a)).hasValueSatisfying(r -> assertThat(r.date()).isEqualTo(LocalDate.of(1990, 5, 12)));
        assertThat(ReferenceDateFinder.datelineSeparator(a.text())).hasValueSatisfying(s -> {
            assertThat(s[0]).isEqualTo(a.text().indexOf("--"));
            assertThat(a.text().substring(s[0], s[1])).isEqualTo("--");
        });
    }

    @Test
    void withoutMetadataTheLatestFullDateInTheTextIsInferred() {
        Article a = Article.of("a", "May 10, the group claimed it. On March 11, 2025, a train was attacked. "
                + "As of May 16, 2025, no one had responded.");
        assertThat(finder.find(a)).hasValueSatisfying(r -> {
            assertThat(r.date()).isEqualTo(LocalDate.of(2025, 5, 16));
            assertThat(r.basis()).isEqualTo(ReferenceDate.Basis.INFERRED);
            assertThat(r.evidence()).isEqualTo("May 16, 2025");
        });
    }

    @Test
    void textWithoutAnyFullDateHasNoReferenceDate() {
        assertThat(finder.find(Article.of("a", "Gunmen attacked a checkpoint on Monday."))).isEmpty();
    }
}
