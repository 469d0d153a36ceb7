package org.corroborate.statement;

/** How a cue word sets status and finds its source; see {@code cues.tsv}. */
enum CueRole { SPEECH, ACCUSATION, PREFIX, HEARSAY, ADVERB, MODAL, BELIEF, HEDGE, CONDITION }
