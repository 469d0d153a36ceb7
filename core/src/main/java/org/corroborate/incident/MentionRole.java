package org.corroborate.incident;

/** The part a mention plays in the incidents of its article, as the learned role model tells it. */
public enum MentionRole {
    /** A person harmed: killed, injured, kidnapped, threatened. */
    VICTIM,
    /** A person who carried out or ordered the violence. */
    PERPETRATOR_INDIVIDUAL,
    /** An organization the violence is laid at: the attackers' group. */
    PERPETRATOR_ORGANIZATION,
    /** A physical target: a building, vehicle, installation the violence was aimed at. */
    TARGET,
    /** A weapon or instrument the attackers used: "a car bomb", "machineguns". */
    WEAPON,
    /** Anything else: a speaker, an official, a bystander, an organization only mentioned. */
    OTHER
}
