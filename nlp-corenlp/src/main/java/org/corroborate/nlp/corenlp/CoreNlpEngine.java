package org.corroborate.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.corroborate.nlp.AnalyzedText;
import org.corroborate.nlp.NlpEngine;

/**
 * {@link NlpEngine} backed by Stanford CoreNLP. Building one loads the models (tens of seconds, a few GB of heap);
 * build one per process and reuse it.
 */
public final class CoreNlpEngine implements NlpEngine {

    private static final Logger LOG = Logger.getLogger(CoreNlpEngine.class.getName());

    private final StanfordCoreNLP pipeline;
    private final CoreNlpMapper mapper = new CoreNlpMapper();

    public CoreNlpEngine(CoreNlpSettings settings) {
        Properties properties = settings.toProperties();
        LOG.fine(() -> "CoreNLP properties: " + new TreeMap<>(properties));
        this.pipeline = new StanfordCoreNLP(properties);
    }

    @Override
    public AnalyzedText annotate(String text, Optional<LocalDate> referenceDate) {
        Annotation annotation = new Annotation(text);
        referenceDate.ifPresent(date -> annotation.set(CoreAnnotations.DocDateAnnotation.class, date.toString()));
        pipeline.annotate(annotation);
        return mapper.map(text, annotation);
    }
}
