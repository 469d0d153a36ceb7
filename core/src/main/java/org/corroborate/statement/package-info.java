/**
 * Statements and their evidential status. Input: an analysed text and its actor mentions. Output: attribution
 * {@link org.corroborate.statement.Frame}s (a cue, its status, its source and the tokens it scopes over), and
 * {@link org.corroborate.statement.Statement}s built from them. Trap: an outer hedge covers everything it scopes
 * over, but an inner attribution with its own source decides the status of what it introduces ("It can be assumed
 * that Pakistan accused India of X": the accusation is SPECULATED, X is ALLEGED by Pakistan).
 */
package org.corroborate.statement;
