package org.corroborate.incident;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corroborate.actor.ActorKind;
import org.corroborate.actor.ActorMention;
import org.corroborate.actor.PersonNames;
import org.corroborate.nlp.AnalyzedText;
import org.corroborate.nlp.Sentence;
import org.corroborate.nlp.Token;

/**
 * How incident records write the people an article names. A person is named by the longest way the article writes
 * the name, without titles: a victim is "Hector Oqueli Colindres" wherever the harm is told, rather than "Oqueli". A
 * person who did or is held to account for an act keeps a military or police rank written before the name, since
 * the rank says where in a chain of command the person stands ("Colonel Rene Emilio Ponce"); the MUC-4 keys write
 * attackers so, and victims without titles.
 */
final class PersonNaming {

    /** Per person, the longest way the article writes the name (titles included, as the mention has them). */
    private final Map<String, String> longest;
    /** Per person with a rank before a mention, the rank and name as written there. */
    private final Map<String, String> ranked;

    private PersonNaming(Map<String, String> longest, Map<String, String> ranked) {
        this.longest = longest;
        this.ranked = ranked;
    }

    static PersonNaming of(AnalyzedText text, List<List<ActorMention>> mentions) {
        Map<String, String> longest = new HashMap<>();
        for (List<ActorMention> sentence : mentions) {
            for (ActorMention m : sentence) {
                if (m.kind() == ActorKind.PERSON) {
                    longest.merge(m.actor(), m.span().text(), (a, b) -> b.length() > a.length() ? b : a);
                }
            }
        }
        // The ranked mention that gives the fullest name wins, else the first ranked mention.
        Map<String, String> ranked = new HashMap<>();
        for (List<ActorMention> sentence : mentions) {
            for (ActorMention m : sentence) {
                if (m.kind() != ActorKind.PERSON) {
                    continue;
                }
                int start = rankStart(text.sentences().get(m.sentence()), m.firstToken());
                if (start < 0) {
                    continue;
                }
                String written = text.text().substring(start, m.span().end());
                boolean fullest = PersonNames.withoutTitles(m.span().text())
                        .equals(PersonNames.withoutTitles(longest.get(m.actor())));
                if (fullest) {
                    ranked.merge(m.actor(), written, (before, now) -> before.length() >= now.length() ? before : now);
                } else {
                    ranked.putIfAbsent(m.actor(), written);
                }
            }
        }
        return new PersonNaming(longest, ranked);
    }

    /**
     * Where the ranks written just before token {@code first} (or at its start) begin, as a character offset: "Second
     * Lieutenant" in "Second Lieutenant Jose Vasquez"; -1 when there is no rank.
     */
    private static int rankStart(Sentence s, int first) {
        List<Token> tokens = s.tokens();
        int k = first;
        while (k < tokens.size() && PersonNames.isRank(tokens.get(k).word())) {
            k++;
        }
        boolean inside = k > first;
        int start = first;
        while (start > 0 && PersonNames.isRank(tokens.get(start - 1).word())) {
            start--;
        }
        if (start == first && !inside) {
            return -1;
        }
        if (start > 0 && tokens.get(start).word().equalsIgnoreCase("lieutenant")
                && ORDINALS.contains(tokens.get(start - 1).lowerLemma())) {
            start--;
        }
        return tokens.get(start).start();
    }

    /** Ordinals that are part of a rank before "lieutenant": "second lieutenant". */
    private static final Set<String> ORDINALS = Set.of("first", "second");

    /** The person of mention {@code m} as a victim or any other party: the fullest name, without titles. */
    String name(ActorMention m) {
        return PersonNames.withoutTitles(longest.getOrDefault(m.actor(), m.span().text()));
    }

    /** The person of mention {@code m} as an attacker: with the rank written before a mention, else {@link #name}. */
    String asPerpetrator(ActorMention m) {
        return ranked.getOrDefault(m.actor(), name(m));
    }
}
