package org.corroborate.nlp.corenlp;

import java.util.Properties;
import java.util.StringJoiner;

/**
 * Typed settings for the CoreNLP pipeline, turned into CoreNLP's {@code Properties} in one place
 * ({@link #toProperties()}); nothing else in the project builds a {@code Properties} for CoreNLP.
 *
 * @param fineGrainedNer add CoreNLP's rule-based fine-grained classes (CITY, COUNTRY, NATIONALITY, ...); slower
 * @param dependencies run the dependency parser; relation extraction needs it
 * @param truecaseCapitals restore case with CoreNLP's truecaser before tagging texts written in capitals (wire copy),
 *     whose entities and parts of speech the case-sensitive models otherwise miss
 */
public record CoreNlpSettings(boolean fineGrainedNer, boolean dependencies, boolean truecaseCapitals) {

    /** What Corroborate's extraction needs: entities with fine classes, times, numbers, dependencies, truecasing. */
    public static CoreNlpSettings defaults() {
        return new CoreNlpSettings(true, true, true);
    }

    /** CoreNLP's own default pipeline, the baseline of {@code corroborate bench}. */
    public static String stockAnnotators() {
        return "tokenize,ssplit,pos,lemma,ner,depparse";
    }

    /** The annotator list, in order; {@code truecase} adds the truecaser before tagging. */
    public String annotators(boolean truecase) {
        StringJoiner joiner = new StringJoiner(",");
        joiner.add("tokenize").add("ssplit");
        if (truecase) {
            joiner.add("truecase");
        }
        joiner.add("pos").add("lemma").add("ner");
        if (dependencies) {
            joiner.add("depparse");
        }
        return joiner.toString();
    }

    /**
     * The CoreNLP properties these settings stand for.
     *
     * @param truecase for the pipeline that reads texts in capitals: the truecaser runs first and its output replaces
     *     the words the later annotators see (offsets stay those of the original text)
     */
    public Properties toProperties(boolean truecase) {
        Properties p = new Properties();
        p.setProperty("annotators", annotators(truecase));
        if (truecase) {
            p.setProperty("truecase.overwriteText", "true");
        }
        p.setProperty("tokenize.language", "en");
        // Blank lines end sentences: headings and list items are not glued to the next paragraph.
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.applyFineGrained", Boolean.toString(fineGrainedNer));
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("ner.applyNumericClassifiers", "true");
        p.setProperty("ner.buildEntityMentions", "true");
        return p;
    }
}
