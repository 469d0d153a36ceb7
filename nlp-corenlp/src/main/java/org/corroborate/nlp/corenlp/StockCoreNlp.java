package org.corroborate.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * CoreNLP's stock pipeline ({@code tokenize,ssplit,pos,lemma,ner,depparse} with its default properties): the
 * baseline that {@code corroborate bench} measures Corroborate against.
 */
public final class StockCoreNlp {

    private final StanfordCoreNLP pipeline;

    public StockCoreNlp() {
        Properties p = new Properties();
        p.setProperty("annotators", CoreNlpSettings.stockAnnotators());
        this.pipeline = new StanfordCoreNLP(p);
    }

    /** Annotates {@code text} and returns its number of tokens. */
    public int annotate(String text) {
        Annotation annotation = new Annotation(text);
        pipeline.annotate(annotation);
        var tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
        return tokens == null ? 0 : tokens.size();
    }
}
