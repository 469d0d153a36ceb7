package org.corroborate.nlp.corenlp;

import java.util.Properties;
import java.util.StringJoiner;

/**
 * Typed settings for the CoreNLP pipeline, turned into CoreNLP's {@code Properties} in one place
 * ({@link #toProperties()}); nothing else in the project builds a {@code Properties} for CoreNLP.
 *
 * @param fineGrainedNer add CoreNLP's rule-based fine-grained classes (CITY, COUNTRY, NATIONALITY, ...); slower
 * @param dependencies run the dependency parser; relation extraction needs it
 */
public record CoreNlpSettings(boolean fineGrainedNer, boolean dependencies) {

    /** What Corroborate's extraction needs: entities with fine classes, times, numbers, dependencies. */
    public static CoreNlpSettings defaults() {
        return new CoreNlpSettings(true, true);
    }

    /** CoreNLP's own default pipeline, the baseline of {@code corroborate bench}. */
    public static String stockAnnotators() {
        return "tokenize,ssplit,pos,lemma,ner,depparse";
    }

    /** The annotator list, in order. */
    public String annotators() {
        StringJoiner joiner = new StringJoiner(",");
        joiner.add("tokenize").add("ssplit").add("pos").add("lemma").add("ner");
        if (dependencies) {
            joiner.add("depparse");
        }
        return joiner.toString();
    }

    /** The CoreNLP properties these settings stand for. */
    public Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", annotators());
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
