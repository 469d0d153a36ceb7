package org.corroborate.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One sentence. Token indices (in {@link Dependency}, {@link Entity}, {@link TimeMention}, {@link Quantity}) are
 * 0-based positions in {@link #tokens()}.
 *
 * @param index 0-based position of the sentence in the text
 * @param paragraph 0-based paragraph number (paragraphs are separated by blank lines)
 */
public record Sentence(int index, int paragraph, int start, int end, List<Token> tokens, List<Entity> entities,
                       List<TimeMention> times, List<Quantity> quantities, List<Dependency> dependencies) {

    public Sentence {
        tokens = List.copyOf(tokens);
        entities = List.copyOf(entities);
        times = List.copyOf(times);
        quantities = List.copyOf(quantities);
        dependencies = List.copyOf(dependencies);
    }

    /** The dependency whose dependent is {@code token}: its head and relation; empty for the root. */
    public Optional<Dependency> headOf(int token) {
        for (Dependency d : dependencies) {
            if (d.dependent() == token) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** The dependencies whose head is {@code token}, in token order. */
    public List<Dependency> childrenOf(int token) {
        List<Dependency> children = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.head() == token) {
                children.add(d);
            }
        }
        children.sort((a, b) -> Integer.compare(a.dependent(), b.dependent()));
        return children;
    }

    /** The root token, or 0 when the sentence has no parse. */
    public int root() {
        for (int i = 0; i < tokens.size(); i++) {
            if (headOf(i).isEmpty()) {
                return i;
            }
        }
        return 0;
    }

    /** The token that covers character {@code offset} of the text, or -1 when none does. */
    public int tokenAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() <= offset && offset < tokens.get(i).end()) {
                return i;
            }
        }
        return -1;
    }

    /** The entity covering {@code token}, if any. */
    public Optional<Entity> entityAt(int token) {
        for (Entity e : entities) {
            if (e.firstToken() <= token && token <= e.lastToken()) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The time mention covering {@code token}, if any. */
    public Optional<TimeMention> timeAt(int token) {
        for (TimeMention t : times) {
            if (t.firstToken() <= token && token <= t.lastToken()) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The quantity covering {@code token}, if any. */
    public Optional<Quantity> quantityAt(int token) {
        for (Quantity q : quantities) {
            if (q.firstToken() <= token && token <= q.lastToken()) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }

    /**
     * The lower-cased case marker or subordinator of {@code token} ("to" in "to Pakistan", "according to",
     * "that"), or the empty string.
     */
    public String markerOf(int token) {
        return marker(token, true);
    }

    /**
     * The lower-cased case marker of {@code token} alone, without a subordinator: "behind" in "that X is behind the
     * attack", whose {@link #markerOf} is "that behind".
     */
    public String caseMarkerOf(int token) {
        return marker(token, false);
    }

    private String marker(int token, boolean withSubordinator) {
        StringBuilder marker = new StringBuilder();
        for (Dependency child : childrenOf(token)) {
            if (child.is("case") || (withSubordinator && child.is("mark"))) {
                appendWord(marker, child.dependent());
                for (Dependency fixed : childrenOf(child.dependent())) {
                    if (fixed.is("fixed")) {
                        appendWord(marker, fixed.dependent());
                    }
                }
            }
        }
        return marker.toString();
    }

    private void appendWord(StringBuilder marker, int token) {
        if (!marker.isEmpty()) {
            marker.append(' ');
        }
        marker.append(tokens.get(token).word().toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether token {@code token} is a modal verb before the verb it helps: "may" in "this may have been". */
    public boolean isModalBeforeVerb(int token) {
        return token + 1 < tokens.size() && tokens.get(token).isModalBefore(tokens.get(token + 1));
    }

    /** Whether the verb at {@code verb} is passive: a passive auxiliary or subject, or a participle after "be". */
    public boolean isPassive(int verb) {
        for (Dependency d : childrenOf(verb)) {
            if (d.is("aux:pass") || d.relation().equals("nsubj:pass")) {
                return true;
            }
        }
        if (tokens.get(verb).isPastParticiple() && verb > 0) {
            return tokens.get(verb - 1).lowerLemma().equals("be")
                    || (verb > 1 && tokens.get(verb - 2).lowerLemma().equals("be"));
        }
        return false;
    }

    /** Whether a verb stands among tokens {@code from} to {@code to} (inclusive): do they belong to another clause. */
    public boolean hasVerbBetween(int from, int to) {
        for (int k = Math.max(0, from); k <= Math.min(to, tokens.size() - 1); k++) {
            if (tokens.get(k).pos() == PartOfSpeech.VERB) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code ancestor} dominates {@code token} in the dependency tree (a token dominates itself). */
    public boolean dominates(int ancestor, int token) {
        int current = token;
        for (int guard = 0; guard <= tokens.size(); guard++) {
            if (current == ancestor) {
                return true;
            }
            Optional<Dependency> head = headOf(current);
            if (head.isEmpty()) {
                return false;
            }
            current = head.get().head();
        }
        return false;
    }

    /** The first and last token of the subtree headed by {@code token}, as {@code [first, last]}. */
    public int[] subtreeBounds(int token) {
        int first = token;
        int last = token;
        for (int i = 0; i < tokens.size(); i++) {
            if (dominates(token, i)) {
                first = Math.min(first, i);
                last = Math.max(last, i);
            }
        }
        return new int[] {first, last};
    }
}
