/**
 * {@code corroborate bench}: throughput and memory of the whole analyze pipeline beside CoreNLP's stock pipeline on
 * the same texts. Input: a corpus path. Output: a table with the ratio. Trap: each pipeline runs in its own JVM, so
 * that peak RSS belongs to one pipeline; the runs alternate so that a busy machine affects both alike.
 */
package org.corroborate.bench;
