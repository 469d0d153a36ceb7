/**
 * The command line: {@code corroborate analyze | eval | bench | nlp}. Input: arguments and paths. Output: results on
 * stdout, messages and progress on stderr, exit code 0 on success, 1 when some input failed, 2 on a usage error.
 * Trap: the NLP engine takes seconds to load; a command builds it once, after its arguments are checked.
 */
package org.corroborate.cli;
