package org.corroborate.incident;

/** What a figure counts. */
enum FigureKind { KILLED, INJURED, HOSTAGES, ATTACKERS, PERPETRATORS_KILLED }
