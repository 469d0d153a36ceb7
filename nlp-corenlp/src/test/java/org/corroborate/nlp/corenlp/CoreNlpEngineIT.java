package org.corroborate.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.corroborate.nlp.AnalyzedText;
import org.corroborate.nlp.EntityType;
import org.corroborate.nlp.PartOfSpeech;
import org.corroborate.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** The CoreNLP adapter maps CoreNLP's annotations into our records (loads the models: tens of seconds). */
class CoreNlpEngineIT {

    @Test
    void annotationsAreMappedIntoOurRecords() {
        CoreNlpEngine engine = new CoreNlpEngine(CoreNlpSettings.defaults());
        String text = "On March 11, more than 450 passengers were taken hostage near Quetta.\n\nThe army said so.";
        AnalyzedText analyzed = engine.annotate(text, Optional.of(LocalDate.of(2025, 5, 16)));

        assertThat(analyzed.sentences()).hasSize(2);
        Sentence first = analyzed.sentences().get(0);
        assertThat(analyzed.sentences().get(1).paragraph()).isEqualTo(1);
        first.tokens().forEach(t -> assertThat(text.substring(t.start(), t.end())).isEqualTo(t.word()));
        assertThat(first.tokens()).anySatisfy(t -> {
            assertThat(t.word()).isEqualTo("taken");
            assertThat(t.lemma()).isEqualTo("take");
            assertThat(t.pos()).isEqualTo(PartOfSpeech.VERB);
            assertThat(t.isPastParticiple()).isTrue();
        });
        assertThat(first.times()).anySatisfy(t -> assertThat(t.value()).isEqualTo("2025-03-11"));
        assertThat(first.quantities()).anySatisfy(q -> {
            assertThat(q.min()).isEqualTo(451);
            assertThat(q.max()).isEmpty();
        });
        assertThat(first.entities()).anySatisfy(e -> {
            assertThat(e.text()).isEqualTo("Quetta");
            assertThat(e.type()).isIn(EntityType.CITY, EntityType.LOCATION);
        });
        assertThat(first.dependencies()).anySatisfy(d -> assertThat(d.relation()).isEqualTo("nsubj:pass"));

        // Wire copy in capitals: the truecaser restores what the case-sensitive models need.
        String wire = "SAN SALVADOR, 3 JAN 90. URBAN GUERRILLAS ATTACKED THE HOME OF JUDGE JOSE RAMIREZ IN "
                + "SAN MIGUEL YESTERDAY, KILLING HIS BODYGUARD.";
        AnalyzedText truecased = engine.annotate(wire, Optional.of(LocalDate.of(1990, 1, 3)));
        AnalyzedText caseSensitive = new CoreNlpEngine(new CoreNlpSettings(true, true, false))
                .annotate(wire, Optional.of(LocalDate.of(1990, 1, 3)));
        assertThat(persons(truecased)).contains("JOSE RAMIREZ");
        assertThat(verbs(truecased)).contains("ATTACKED", "KILLING");
        assertThat(properNouns(truecased))
                .as("on capitals the case-sensitive tagger takes common words for names; the truecaser does not")
                .isLessThan(properNouns(caseSensitive));
        assertThat(truecased.sentences().get(1).tokens()).anySatisfy(t -> {
            assertThat(t.word()).isEqualToIgnoringCase("guerrillas");
            assertThat(t.pos()).isEqualTo(PartOfSpeech.NOUN);
        });
        truecased.sentences().forEach(s -> s.tokens().forEach(t ->
                assertThat(wire.substring(t.start(), t.end())).isEqualToIgnoringCase(t.word())));
    }

    private static java.util.List<String> persons(AnalyzedText text) {
        return text.sentences().stream().flatMap(s -> s.entities().stream())
                .filter(e -> e.type() == EntityType.PERSON).map(e -> e.text().toUpperCase()).toList();
    }

    private static long properNouns(AnalyzedText text) {
        return text.sentences().stream().flatMap(s -> s.tokens().stream())
                .filter(t -> t.pos() == PartOfSpeech.PROPN).count();
    }

    private static java.util.List<String> verbs(AnalyzedText text) {
        return text.sentences().stream().flatMap(s -> s.tokens().stream())
                .filter(t -> t.pos() == PartOfSpeech.VERB).map(t -> t.word().toUpperCase()).toList();
    }
}
