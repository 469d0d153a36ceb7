package org.corroborate.actor;

import java.util.List;
import java.util.Optional;
import org.corroborate.report.Span;

/**
 * An actor an article mentions, with its canonical name and the spans that mention it.
 *
 * @param country ISO 3166-1 alpha-2 of the country the actor belongs to, when known
 */
public record Actor(String name, List<String> aliases, ActorKind kind, Optional<String> country,
                    List<Span> mentions) {

    public Actor {
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }
}
