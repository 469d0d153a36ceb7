package org.corroborate.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;

/** Clusterings of items 0..n-1 and their scores against a gold clustering: pairwise and B-cubed. */
final class Clusterings {

    /** Precision, recall and F1. */
    record Scores(double precision, double recall) {
        double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
    }

    private Clusterings() {
    }

    /** The connected components of the graph whose edges {@code link} gives. */
    static List<Set<Integer>> components(int n, BiPredicate<Integer, Integer> link) {
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (link.test(i, j)) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        Map<Integer, Set<Integer>> groups = new HashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new TreeSet<>()).add(i);
        }
        return new ArrayList<>(groups.values());
    }

    /** Items with the same key together; items without a key alone. */
    static List<Set<Integer>> byKey(int n, Map<Integer, String> key) {
        Map<String, Set<Integer>> groups = new HashMap<>();
        List<Set<Integer>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String k = key.get(i);
            if (k == null) {
                out.add(new TreeSet<>(Set.of(i)));
            } else {
                groups.computeIfAbsent(k, x -> new TreeSet<>()).add(i);
            }
        }
        out.addAll(groups.values());
        return out;
    }

    /** Pairs of items put together: precision over predicted pairs, recall over gold pairs. */
    static Scores pairwise(List<Set<Integer>> predicted, List<Set<Integer>> gold) {
        int[] goldOf = membership(gold);
        long predictedPairs = pairs(predicted);
        long goldPairs = pairs(gold);
        long both = 0;
        for (Set<Integer> cluster : predicted) {
            List<Integer> members = new ArrayList<>(cluster);
            for (int a = 0; a < members.size(); a++) {
                for (int b = a + 1; b < members.size(); b++) {
                    if (goldOf[members.get(a)] == goldOf[members.get(b)]) {
                        both++;
                    }
                }
            }
        }
        return new Scores(predictedPairs == 0 ? 1 : both / (double) predictedPairs,
                goldPairs == 0 ? 1 : both / (double) goldPairs);
    }

    /** B-cubed: per item, the share of its predicted cluster in its gold cluster and the converse, averaged. */
    static Scores bcubed(List<Set<Integer>> predicted, List<Set<Integer>> gold) {
        int[] goldOf = membership(gold);
        int[] predictedOf = membership(predicted);
        int n = goldOf.length;
        double precision = 0;
        double recall = 0;
        for (int i = 0; i < n; i++) {
            Set<Integer> p = predicted.get(predictedOf[i]);
            Set<Integer> g = gold.get(goldOf[i]);
            long common = p.stream().filter(g::contains).count();
            precision += common / (double) p.size();
            recall += common / (double) g.size();
        }
        return new Scores(n == 0 ? 1 : precision / n, n == 0 ? 1 : recall / n);
    }

    /** Prints up to {@code limit} predicted links the gold lacks and gold links the prediction lacks. */
    static void disagreements(PrintWriter out, List<MergeCommand.Item> items, List<Set<Integer>> predicted,
                              List<Set<Integer>> gold, int limit) {
        int[] goldOf = membership(gold);
        int[] predictedOf = membership(predicted);
        List<String> extra = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                boolean p = predictedOf[i] == predictedOf[j];
                boolean g = goldOf[i] == goldOf[j];
                if (p && !g && extra.size() < limit) {
                    extra.add(describe(items.get(i)) + "\n      with " + describe(items.get(j)));
                } else if (g && !p && missed.size() < limit) {
                    missed.add(describe(items.get(i)) + "\n      with " + describe(items.get(j)));
                }
            }
        }
        if (limit > 0) {
            out.println();
            out.println("Merged, not in the gold:");
            extra.forEach(e -> out.println("  " + e));
            out.println("In the gold, not merged:");
            missed.forEach(m -> out.println("  " + m));
        }
    }

    private static String describe(MergeCommand.Item item) {
        return item.message() + "#" + item.template() + " " + item.type() + ", " + item.date() + ", " + item.location()
                + (item.victims().isEmpty() ? "" : ", victims " + item.victims());
    }

    private static int[] membership(List<Set<Integer>> clusters) {
        int n = clusters.stream().mapToInt(Set::size).sum();
        int[] of = new int[n];
        for (int c = 0; c < clusters.size(); c++) {
            for (int i : clusters.get(c)) {
                of[i] = c;
            }
        }
        return of;
    }

    private static long pairs(List<Set<Integer>> clusters) {
        return clusters.stream().mapToLong(c -> (long) c.size() * (c.size() - 1) / 2).sum();
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
