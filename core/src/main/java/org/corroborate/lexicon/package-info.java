/**
 * The reader of the project's word lists and tables: tab-separated files with {@code #} comments. Input: a class
 * path resource or a user's file. Output: rows with their line numbers, and {@code LinearModel}, a learned
 * classifier read from such a table. Trap: every error names the file and the
 * line, because users extend some of these files themselves.
 */
package org.corroborate.lexicon;
