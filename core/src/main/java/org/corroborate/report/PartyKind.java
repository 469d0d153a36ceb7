package org.corroborate.report;

/** Whether a party is an organization, a person or group of people, or a state. */
public enum PartyKind { ORGANIZATION, INDIVIDUAL, STATE, UNKNOWN }
