package org.corroborate.lexicon;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A linear classifier over named binary features, learned elsewhere (by liblinear in the {@code learn} commands) and
 * shipped as a table: one row per feature with one weight column per class, a {@code bias} row (the intercept), a
 * {@code threshold} row (the probability from which a class is taken), optionally a {@code floor} row (the
 * probability below which an example found by other means is taken out of a class; 0 when absent) and a
 * {@code fallback} row (the probability from which a document's likeliest example is taken into a class that nothing
 * else fills; never when absent). One class is plain logistic regression; several are one-against-rest, their
 * probabilities normalised to sum to one as liblinear does.
 */
public final class LinearModel {

    private final int classes;
    private final Map<String, double[]> weights;
    private final double[] bias;
    private final double[] thresholds;
    private final double[] floors;
    private final double[] fallbacks;

    private LinearModel(int classes, Map<String, double[]> weights, double[] bias, double[] thresholds,
                        double[] floors, double[] fallbacks) {
        this.classes = classes;
        this.weights = weights;
        this.bias = bias;
        this.thresholds = thresholds;
        this.floors = floors;
        this.fallbacks = fallbacks;
    }

    /**
     * The model in a class path resource with {@code classes} weight columns.
     *
     * @throws IllegalStateException when the resource is missing or a weight is not a number: the build ships it
     */
    public static LinearModel resource(String path, int classes) {
        return of(Tsv.resource(path, classes + 1, classes + 1), classes, path);
    }

    /**
     * The model in these rows.
     *
     * @param origin the table's name, for messages
     */
    public static LinearModel of(List<Tsv.Row> rows, int classes, String origin) {
        Map<String, double[]> weights = new HashMap<>();
        double[] bias = new double[classes];
        double[] thresholds = new double[classes];
        Arrays.fill(thresholds, 1.0);
        double[] floors = new double[classes];
        double[] fallbacks = never(classes);
        for (Tsv.Row row : rows) {
            double[] w = new double[classes];
            for (int k = 0; k < classes; k++) {
                try {
                    w[k] = Double.parseDouble(row.get(k + 1));
                } catch (NumberFormatException e) {
                    throw new IllegalStateException(origin + " line " + row.line() + ": weight '" + row.get(k + 1)
                            + "' is not a number", e);
                }
            }
            switch (row.get(0)) {
                case "bias" -> bias = w;
                case "threshold" -> thresholds = w;
                case "floor" -> floors = w;
                case "fallback" -> fallbacks = w;
                default -> weights.put(row.get(0), w);
            }
        }
        return new LinearModel(classes, weights, bias, thresholds, floors, fallbacks);
    }

    /** A model that takes every example in every class: every threshold is 0. */
    public static LinearModel acceptingAll(int classes) {
        return new LinearModel(classes, Map.of(), new double[classes], new double[classes], new double[classes],
                new double[classes]);
    }

    /** A model that takes no example in any class: every threshold is above any probability. */
    public static LinearModel rejectingAll(int classes) {
        return new LinearModel(classes, Map.of(), new double[classes], never(classes), new double[classes],
                never(classes));
    }

    /** A probability per class that no example reaches. */
    private static double[] never(int classes) {
        double[] above = new double[classes];
        Arrays.fill(above, 2.0);
        return above;
    }

    /** The probability from which class {@code k} is taken. */
    public double threshold(int k) {
        return thresholds[k];
    }

    /** The probability below which an example found by other means is taken out of class {@code k}. */
    public double floor(int k) {
        return floors[k];
    }

    /**
     * The probability from which a document's likeliest example of class {@code k} is taken into it when nothing else
     * fills the class in that document; above any probability unless the model says otherwise.
     */
    public double fallback(int k) {
        return fallbacks[k];
    }

    /** Each class's probability for an example with these features; features the model does not know weigh 0. */
    public double[] probabilities(Collection<String> features) {
        double[] score = bias.clone();
        for (String f : features) {
            double[] w = weights.get(f);
            if (w != null) {
                for (int k = 0; k < classes; k++) {
                    score[k] += w[k];
                }
            }
        }
        double sum = 0;
        for (int k = 0; k < classes; k++) {
            score[k] = 1 / (1 + Math.exp(-score[k]));
            sum += score[k];
        }
        if (classes > 1) {
            for (int k = 0; k < classes; k++) {
                score[k] /= sum;
            }
        }
        return score;
    }

    /** Whether an example with these features belongs to class {@code k}: its probability reaches the threshold. */
    public boolean accepts(Collection<String> features, int k) {
        return probabilities(features)[k] >= thresholds[k];
    }
}
