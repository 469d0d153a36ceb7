package org.corroborate.nlp;

/**
 * A dependency edge in Universal Dependencies terms.
 *
 * @param head head token index in the sentence
 * @param dependent dependent token index in the sentence
 * @param relation the UD relation with its subtype when any: {@code nsubj}, {@code nsubj:pass}, {@code obl},
 *     {@code nmod:poss}, {@code acl:relcl}
 */
public record Dependency(int head, int dependent, String relation) {

    /** The relation without its subtype: {@code nsubj} for {@code nsubj:pass}. */
    public String base() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }

    /** Whether the relation is {@code rel}, with or without subtype. */
    public boolean is(String rel) {
        return relation.equals(rel) || base().equals(rel);
    }
}
