package org.corroborate.incident;

/** The part a named actor plays in the incidents of its article, as the learned role model tells it. */
public enum MentionRole {
    /** A person harmed: killed, injured, kidnapped, threatened. */
    VICTIM,
    /** A person who carried out or ordered the violence. */
    PERPETRATOR_INDIVIDUAL,
    /** An organization the violence is laid at: the attackers' group. */
    PERPETRATOR_ORGANIZATION,
    /** Anything else: a speaker, an official, a bystander, an organization only mentioned. */
    OTHER
}
