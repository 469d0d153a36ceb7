package org.corroborate.report;

/**
 * Evidential status: how the article presents a statement, relative to its source. See the contract for the
 * definitions. The order is from firmest to weakest commitment of the source.
 */
public enum Status {
    /** The article states it as fact, unattributed. */
    ASSERTED,
    /** The article attributes it to a named or unnamed source. */
    REPORTED,
    /** A party says it about itself: claims of responsibility, threats, intentions. */
    CLAIMED,
    /** One party accuses another. */
    ALLEGED,
    /** Hearsay: "rumours suggest", "reportedly". */
    RUMOURED,
    /** Possibility or inference: "may", "it can be assumed", "is believed to". */
    SPECULATED,
    /** Evaluation or prescription: "should", "I believe". */
    OPINION,
    /** A party denies it. */
    DENIED
}
