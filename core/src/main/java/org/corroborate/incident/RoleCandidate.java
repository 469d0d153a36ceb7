package org.corroborate.incident;

import java.util.List;
import org.corroborate.actor.ActorMention;

/**
 * A mention of a person or an organization that may fill a role in an incident, with the features the role model
 * reads.
 *
 * @param text the text the role would be filled with: a person's fullest name in the article, an organization's name
 *     as written here
 * @param features the names of the features that hold for this mention
 */
public record RoleCandidate(ActorMention mention, String text, List<String> features) {
}
