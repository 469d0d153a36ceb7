package org.corroborate.actor;

/** Kinds of actors. */
public enum ActorKind { STATE, STATE_AGENCY, ARMED_GROUP, POLITICAL_PARTY, ORGANIZATION, MEDIA, PERSON, OTHER }
