package org.corroborate.incident;

/** A word that reports an incident: sentence and token, the type it names, and whether it refers back ("this attack"). */
record IncidentWord(int sentence, int token, IncidentType type, boolean anaphoric) {
}
