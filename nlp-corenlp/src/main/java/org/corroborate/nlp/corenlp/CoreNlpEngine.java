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
import org.corroborate.nlp.TextCase;

/**
 * {@link NlpEngine} backed by Stanford CoreNLP. Building one loads the models (tens of seconds, a few GB of heap);
 * build one per process and reuse it.
 */
public final class CoreNlpEngine implements NlpEngine {

    private static final Logger LOG = Logger.getLogger(CoreNlpEngine.class.getName());

    private final CoreNlpSettings settings;
    private final StanfordCoreNLP pipeline;
    private final CoreNlpMapper mapper = new CoreNlpMapper();
    /** The pipeline with the truecaser, built the first time a text in capitals comes. */
    private StanfordCoreNLP capitalsPipeline;

    public CoreNlpEngine(CoreNlpSettings settings) {
        this.settings = settings;
        this.pipeline = build(settings.toProperties(false));
    }

    @Override
    public AnalyzedText annotate(String text, Optional<LocalDate> referenceDate) {
        Annotation annotation = new Annotation(text);
        referenceDate.ifPresent(date -> annotation.set(CoreAnnotations.DocDateAnnotation.class, date.toString()));
        pipelineFor(text).annotate(annotation);
        return mapper.map(text, annotation);
    }

    private StanfordCoreNLP pipelineFor(String text) {
        if (!settings.truecaseCapitals() || !TextCase.inCapitals(text, 20)) {
            return pipeline;
        }
        if (capitalsPipeline == null) {
            capitalsPipeline = build(settings.toProperties(true));
        }
        return capitalsPipeline;
    }

    private static StanfordCoreNLP build(Properties properties) {
        LOG.fine(() -> "CoreNLP properties: " + new TreeMap<>(properties));
        return new StanfordCoreNLP(properties);
    }

}
