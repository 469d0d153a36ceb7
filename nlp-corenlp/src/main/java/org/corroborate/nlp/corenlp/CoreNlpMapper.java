package org.corroborate.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.nlp.AnalyzedText;
import org.corroborate.nlp.Dependency;
import org.corroborate.nlp.Entity;
import org.corroborate.nlp.EntityType;
import org.corroborate.nlp.Paragraphs;
import org.corroborate.nlp.PartOfSpeech;
import org.corroborate.nlp.Quantity;
import org.corroborate.nlp.Sentence;
import org.corroborate.nlp.TimeMention;
import org.corroborate.nlp.Token;

/** Reads CoreNLP's annotations and turns them into our records. The only class that reads CoreMap keys. */
final class CoreNlpMapper {

    /** SUTime's normalised numbers: "450.0", ">450.0", ">=5.0", "~50.0", "10.0-12.0". */
    private static final Pattern NORMALISED_NUMBER =
            Pattern.compile("^(>=|<=|>|<|~)?(\\d+(?:\\.\\d+)?)(?:-(\\d+(?:\\.\\d+)?))?$");

    private static final Map<String, EntityType> ENTITY_TYPES = Map.ofEntries(
            Map.entry("PERSON", EntityType.PERSON),
            Map.entry("ORGANIZATION", EntityType.ORGANIZATION),
            Map.entry("LOCATION", EntityType.LOCATION),
            Map.entry("COUNTRY", EntityType.COUNTRY),
            Map.entry("STATE_OR_PROVINCE", EntityType.STATE_OR_PROVINCE),
            Map.entry("CITY", EntityType.CITY),
            Map.entry("NATIONALITY", EntityType.NATIONALITY),
            Map.entry("RELIGION", EntityType.RELIGION),
            Map.entry("IDEOLOGY", EntityType.IDEOLOGY),
            Map.entry("TITLE", EntityType.TITLE),
            Map.entry("MISC", EntityType.MISC));

    AnalyzedText map(String text, Annotation annotation) {
        Paragraphs paragraphs = new Paragraphs(text);
        List<Sentence> sentences = new ArrayList<>();
        List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        if (coreSentences == null) {
            return new AnalyzedText(text, List.of());
        }
        for (CoreMap s : coreSentences) {
            sentences.add(mapSentence(sentences.size(), s, paragraphs));
        }
        return new AnalyzedText(text, sentences);
    }

    private Sentence mapSentence(int index, CoreMap sentence, Paragraphs paragraphs) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (CoreLabel label : labels) {
            String tag = label.tag() == null ? "" : label.tag();
            String lemma = label.lemma() == null ? label.word() : label.lemma();
            tokens.add(new Token(label.word(), lemma, tag, universal(tag, label.word()), label.beginPosition(),
                    label.endPosition()));
        }
        int firstTokenIndex = labels.isEmpty() ? 0 : labels.get(0).index();
        List<Entity> entities = new ArrayList<>();
        List<TimeMention> times = new ArrayList<>();
        List<Quantity> quantities = new ArrayList<>();
        List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
        for (CoreMap mention : mentions == null ? List.<CoreMap>of() : mentions) {
            mapMention(mention, firstTokenIndex, entities, times, quantities);
        }
        // SUTime reads the modal "may" as the month, in capitals above all: "THIS MAY HAVE BEEN AN ATTACK".
        times.removeIf(t -> t.lastToken() + 1 < tokens.size()
                && tokens.get(t.lastToken()).isModalBefore(tokens.get(t.lastToken() + 1)));
        int start = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        return new Sentence(index, paragraphs.indexAt(start), start, end, tokens, entities, times, quantities,
                dependencies(sentence, firstTokenIndex));
    }

    private void mapMention(CoreMap mention, int firstTokenIndex, List<Entity> entities, List<TimeMention> times,
                            List<Quantity> quantities) {
        String tag = mention.get(CoreAnnotations.NamedEntityTagAnnotation.class);
        List<CoreLabel> mentionTokens = mention.get(CoreAnnotations.TokensAnnotation.class);
        if (tag == null || mentionTokens == null || mentionTokens.isEmpty()) {
            return;
        }
        String text = mention.get(CoreAnnotations.TextAnnotation.class);
        int start = mention.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = mention.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        int first = mentionTokens.get(0).index() - firstTokenIndex;
        int last = mentionTokens.get(mentionTokens.size() - 1).index() - firstTokenIndex;
        switch (tag) {
            case "DATE", "TIME", "DURATION", "SET" -> {
                Timex timex = mention.get(TimeAnnotations.TimexAnnotation.class);
                String value = timex == null || timex.value() == null ? "" : timex.value();
                times.add(new TimeMention(text, value, TimeMention.TimeKind.valueOf(tag), start, end, first, last));
            }
            case "NUMBER" -> quantity(mention, text, start, end, first, last, mentionTokens, firstTokenIndex)
                    .ifPresent(quantities::add);
            default -> {
                EntityType type = ENTITY_TYPES.get(tag);
                if (type != null) {
                    entities.add(new Entity(type, text, start, end, first, last));
                }
            }
        }
    }

    private Optional<Quantity> quantity(CoreMap mention, String text, int start, int end, int first, int last,
                                        List<CoreLabel> mentionTokens, int firstTokenIndex) {
        String normalised = mention.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        if (normalised == null) {
            return Optional.empty();
        }
        Matcher m = NORMALISED_NUMBER.matcher(normalised.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        double value = Double.parseDouble(m.group(2));
        if (value != Math.rint(value) || value > Long.MAX_VALUE / 2) {
            return Optional.empty();
        }
        long n = (long) value;
        String qualifier = m.group(1) == null ? "" : m.group(1);
        long min = n;
        Optional<Long> max = Optional.of(n);
        switch (qualifier) {
            case ">" -> { min = n + 1; max = Optional.empty(); }
            case ">=" -> max = Optional.empty();
            case "<" -> { min = 0; max = Optional.of(Math.max(0, n - 1)); }
            case "<=" -> min = 0;
            default -> { }
        }
        if (m.group(3) != null) {
            max = Optional.of((long) Double.parseDouble(m.group(3)));
        }
        int head = last;
        for (CoreLabel label : mentionTokens) {
            if ("CD".equals(label.tag())) {
                head = label.index() - firstTokenIndex;
            }
        }
        return Optional.of(new Quantity(text, min, max, "~".equals(qualifier), start, end, first, last, head));
    }

    private List<Dependency> dependencies(CoreMap sentence, int firstTokenIndex) {
        SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        if (graph == null) {
            return List.of();
        }
        List<Dependency> dependencies = new ArrayList<>();
        for (SemanticGraphEdge edge : graph.edgeListSorted()) {
            IndexedWord governor = edge.getGovernor();
            IndexedWord dependent = edge.getDependent();
            dependencies.add(new Dependency(governor.index() - firstTokenIndex, dependent.index() - firstTokenIndex,
                    edge.getRelation().toString()));
        }
        return dependencies;
    }

    /** Penn Treebank tag to universal part of speech. */
    static PartOfSpeech universal(String tag, String word) {
        return switch (tag) {
            case "NN", "NNS" -> PartOfSpeech.NOUN;
            case "NNP", "NNPS" -> PartOfSpeech.PROPN;
            case "VB", "VBD", "VBG", "VBN", "VBP", "VBZ" -> auxiliary(word) ? PartOfSpeech.AUX : PartOfSpeech.VERB;
            case "MD" -> PartOfSpeech.AUX;
            case "JJ", "JJR", "JJS" -> PartOfSpeech.ADJ;
            case "RB", "RBR", "RBS", "WRB" -> PartOfSpeech.ADV;
            case "PRP", "PRP$", "WP", "WP$", "EX" -> PartOfSpeech.PRON;
            case "DT", "PDT", "WDT" -> PartOfSpeech.DET;
            case "IN" -> PartOfSpeech.ADP;
            case "TO", "RP", "POS" -> PartOfSpeech.PART;
            case "CC" -> PartOfSpeech.CCONJ;
            case "CD" -> PartOfSpeech.NUM;
            case "UH" -> PartOfSpeech.INTJ;
            case "SYM", "$", "#" -> PartOfSpeech.SYM;
            case ".", ",", ":", "``", "''", "-LRB-", "-RRB-", "HYPH", "NFP" -> PartOfSpeech.PUNCT;
            default -> PartOfSpeech.X;
        };
    }

    private static boolean auxiliary(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "be", "am", "is", "are", "was", "were", "been", "being", "'s", "'re", "'m",
                 "have", "has", "had", "having", "'ve", "'d", "do", "does", "did" -> true;
            default -> false;
        };
    }
}
