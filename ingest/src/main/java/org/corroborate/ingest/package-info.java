/**
 * Readers that turn paths into articles: text files, folders (recursively) and JSON Lines files. Input: paths given
 * by the user. Output: one {@link org.corroborate.ingest.ReadResult} per article or per unreadable input, never an
 * exception for bad input. Trap: one bad file or line must not stop the batch; its result carries the problem, named
 * with the file and line, and the reader goes on.
 */
package org.corroborate.ingest;
