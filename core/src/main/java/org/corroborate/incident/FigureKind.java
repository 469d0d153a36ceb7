package org.corroborate.incident;

/** What a figure counts. */
public enum FigureKind { KILLED, INJURED, HOSTAGES, ATTACKERS, PERPETRATORS_KILLED }
