package org.corroborate.eval;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Trains the logistic regression models the {@code learn} commands ship (liblinear, L2-regularised), cross-validates
 * them over documents, and writes them in the table {@link org.corroborate.lexicon.LinearModel} reads.
 */
final class LinearTrainer {

    /** How many folds cross-validation splits the documents into. */
    static final int FOLDS = 5;

    /** One labelled example: the document it comes from (examples of one document share a fold). */
    record Example(int document, List<String> features, int label) {
    }

    private final Parameter parameter;
    private final Map<String, Integer> index;
    private final int classes;
    private final FoldSplit split;

    /**
     * A trainer whose features are those of {@code examples} seen at least {@code minCount} times.
     *
     * @param classes how many labels there are (0 .. classes - 1); two is binary
     * @param cost liblinear's C: lower is more regularised
     * @param minCount features seen in fewer examples are left out
     * @param split how {@link #crossValidated} puts documents into folds
     */
    LinearTrainer(List<Example> examples, int classes, double cost, int minCount, FoldSplit split) {
        this.parameter = new Parameter(SolverType.L2R_LR, cost, 0.01);
        this.classes = classes;
        this.index = featureIndex(examples, minCount);
        this.split = split;
        Linear.disableDebugOutput();
    }

    /** How many features the trained models weigh. */
    int features() {
        return index.size();
    }

    /**
     * Each example's probability per label from a model trained on the folds without its document, so that a
     * threshold can be chosen on predictions the model did not see.
     */
    double[][] crossValidated(List<Example> examples) {
        Map<Integer, Integer> folds = split.assign(examples.stream().map(Example::document).toList());
        double[][] probabilities = new double[examples.size()][];
        for (int fold = 0; fold < FOLDS; fold++) {
            int f = fold;
            Model model = Linear.train(problem(examples.stream()
                    .filter(e -> folds.get(e.document()) != f).toList()), parameter);
            int[] labels = model.getLabels();
            for (int i = 0; i < examples.size(); i++) {
                if (folds.get(examples.get(i).document()) != fold) {
                    continue;
                }
                double[] estimates = new double[labels.length];
                Linear.predictProbability(model, vector(examples.get(i).features()), estimates);
                double[] byLabel = new double[classes];
                for (int k = 0; k < labels.length; k++) {
                    byLabel[labels[k]] = estimates[k];
                }
                probabilities[i] = byLabel;
            }
        }
        return probabilities;
    }

    /**
     * Trains on every example and writes the model.
     *
     * @param columns the labels to write a weight column for, in order: all labels for one-against-rest, or label 1
     *     alone for a binary model
     * @param names the column names, one per written label
     * @param settings rows written before the weights, such as {@code threshold}: a value per written label
     * @param header comment lines (without {@code #}) saying what the file is and how to regenerate it
     */
    void write(List<Example> examples, int[] columns, List<String> names, Map<String, double[]> settings,
               List<String> header, Path output) throws IOException {
        Model model = Linear.train(problem(examples), parameter);
        int[] labels = model.getLabels();
        double[] w = model.getFeatureWeights();
        // liblinear keeps one weight vector for two labels (for its first label), one per label for more.
        int vectors = model.getNrClass() == 2 ? 1 : model.getNrClass();
        StringBuilder b = new StringBuilder();
        header.forEach(line -> b.append("# ").append(line).append('\n'));
        b.append("# feature\t").append(String.join("\t", names)).append('\n');
        b.append("# 'threshold': the probability from which the label is taken; 'floor': below which what other means\n");
        b.append("# found is taken out of it; 'fallback': from which a document's likeliest example is taken when\n");
        b.append("# nothing else has the label there (2 = never); 'bias': the intercept.\n");
        settings.forEach((name, values) -> {
            b.append(name);
            for (double v : values) {
                b.append('\t').append(v);
            }
            b.append('\n');
        });
        List<String> rows = new ArrayList<>(index.keySet());
        rows.add("bias");
        for (int f = 0; f < rows.size(); f++) {
            double[] row = new double[columns.length];
            boolean any = false;
            for (int c = 0; c < columns.length; c++) {
                row[c] = weight(w, f, vectors, labels, columns[c]);
                any |= Math.abs(row[c]) >= 1e-4;
            }
            if (!any) {
                continue;
            }
            b.append(rows.get(f));
            for (double x : row) {
                b.append('\t').append(String.format(Locale.ROOT, "%.4f", x));
            }
            b.append('\n');
        }
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, b.toString(), StandardCharsets.UTF_8);
    }

    /** Feature f's weight for {@code label}. */
    private static double weight(double[] w, int f, int vectors, int[] labels, int label) {
        if (vectors == 1) {
            return labels[0] == label ? w[f] : -w[f];
        }
        for (int k = 0; k < labels.length; k++) {
            if (labels[k] == label) {
                return w[f * vectors + k];
            }
        }
        return 0;
    }

    private static Map<String, Integer> featureIndex(List<Example> examples, int minCount) {
        Map<String, Integer> counts = new HashMap<>();
        for (Example e : examples) {
            for (String f : e.features()) {
                counts.merge(f, 1, Integer::sum);
            }
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        for (String f : new TreeMap<>(counts).keySet()) {
            if (counts.get(f) >= minCount) {
                index.put(f, index.size() + 1);
            }
        }
        return index;
    }

    private Problem problem(List<Example> examples) {
        Problem p = new Problem();
        p.l = examples.size();
        p.n = index.size() + 1;
        p.bias = 1;
        p.x = new Feature[examples.size()][];
        p.y = new double[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            p.x[i] = vector(examples.get(i).features());
            p.y[i] = examples.get(i).label();
        }
        return p;
    }

    /** The features as liblinear's sparse vector, in index order, with the bias feature last. */
    private Feature[] vector(List<String> features) {
        List<Integer> ids = new ArrayList<>();
        for (String f : features) {
            Integer id = index.get(f);
            if (id != null) {
                ids.add(id);
            }
        }
        ids.sort(null);
        Feature[] x = new Feature[ids.size() + 1];
        for (int k = 0; k < ids.size(); k++) {
            x[k] = new FeatureNode(ids.get(k), 1);
        }
        x[ids.size()] = new FeatureNode(index.size() + 1, 1);
        return x;
    }
}
