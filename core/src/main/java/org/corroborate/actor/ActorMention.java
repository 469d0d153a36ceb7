package org.corroborate.actor;

import java.util.Optional;
import org.corroborate.report.Span;

/**
 * A mention of an actor in one sentence.
 *
 * @param actor canonical name when the registry knows the actor, else the name as written (without "the")
 * @param registered whether the registry knows the actor
 * @param form how the text refers to the actor
 * @param country ISO country of the actor, when known
 * @param firstToken first token of the mention in its sentence
 * @param lastToken last token of the mention in its sentence (inclusive)
 */
public record ActorMention(String actor, ActorKind kind, boolean registered, Form form, Optional<String> country,
                           int sentence, int firstToken, int lastToken, Span span) {

    /** How a mention refers to its actor. */
    public enum Form {
        /** A name, alias or acronym: "Baloch Liberation Army", "BLA". */
        NAME,
        /** A demonym before an institution: "Pakistani forces", "the Indian government". */
        DEMONYM,
        /** A definite description standing for an earlier actor: "the organization". */
        ANAPHOR
    }

    /** Whether the actor can be a party to a relation or incident (media are sources, never parties). */
    public boolean canBeParty() {
        return kind != ActorKind.MEDIA;
    }

    public boolean covers(int token) {
        return firstToken <= token && token <= lastToken;
    }
}
