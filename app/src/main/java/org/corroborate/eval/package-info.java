/**
 * Evaluation commands: {@code corroborate eval gold} scores reports against hand-written gold files. Input: gold
 * files and reports in the contract's JSON. Output: per-kind precision and recall and the mismatches, and an exit
 * code under thresholds. Trap: evaluation data under {@code ../shared} is read, never copied into the repository.
 */
package org.corroborate.eval;
