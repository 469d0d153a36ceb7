package org.corroborate.actor;

import java.util.List;
import java.util.Optional;

/**
 * One actor of the registry.
 *
 * @param partOf canonical name of the actor this one belongs to ("Research and Analysis Wing" is part of India)
 * @param demonyms adjectives that stand for the actor before an institution noun ("Pakistani forces")
 */
public record RegistryEntry(String name, ActorKind kind, Optional<String> country, Optional<String> partOf,
                            List<String> aliases, List<String> demonyms) {

    public RegistryEntry {
        aliases = List.copyOf(aliases);
        demonyms = List.copyOf(demonyms);
    }
}
