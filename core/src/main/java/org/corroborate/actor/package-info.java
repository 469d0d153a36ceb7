/**
 * Actors: who the article talks about. Input: an analysed text. Output: {@link org.corroborate.actor.ActorMention}s
 * resolved to canonical names through the {@link org.corroborate.actor.ActorRegistry} (aliases, acronyms, demonyms,
 * "Pakistani forces" to Pakistan, "the organization" to the last armed group), and organizations the registry lacks
 * taken from named entities. Trap: a cited outlet ("The Hindu") is an actor of kind MEDIA; it may be a source, never
 * a party to a relation.
 */
package org.corroborate.actor;
