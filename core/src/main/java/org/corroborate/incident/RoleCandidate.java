package org.corroborate.incident;

import java.util.List;
import java.util.Optional;
import org.corroborate.actor.ActorMention;
import org.corroborate.report.Span;

/**
 * Something in an article that may fill a role in an incident (a person or organization mention, people described
 * by a noun, a target noun), with the features the role model reads.
 *
 * @param sentence the index of its sentence
 * @param firstToken the index of its first token in the sentence
 * @param head the index of its head token in the sentence: the noun, or a name's last word
 * @param span its words
 * @param text the text the role would be filled with: a person's fullest name in the article (without titles),
 *     an organization's name or a description as written here (a target's without the nationality before it, which
 *     {@code span} keeps)
 * @param perpetratorText the text the perpetrator individual role would be filled with: for a person, the name with
 *     the military or police rank the article writes before it ("Colonel Rene Emilio Ponce"); else {@code text}
 * @param mention the actor mention, for people and organizations the article names
 * @param gtdType the GTD target type of a target, the GTD weapon type of a weapon
 * @param roles the roles the extractor may cast it in: victim or perpetrator individual for a named person,
 *     perpetrator organization for an organization named or described ("drug trafficking gangs"), perpetrator
 *     individual for people described, target for a target, weapon for a weapon
 * @param features the names of the features that hold for it
 */
public record RoleCandidate(int sentence, int firstToken, int head, Span span, String text, String perpetratorText,
                            Optional<ActorMention> mention, Optional<String> gtdType, List<MentionRole> roles,
                            List<String> features) {

    public RoleCandidate {
        roles = List.copyOf(roles);
        features = List.copyOf(features);
    }

    /** The text {@code role} would be filled with. */
    public String text(MentionRole role) {
        return role == MentionRole.PERPETRATOR_INDIVIDUAL ? perpetratorText : text;
    }
}
