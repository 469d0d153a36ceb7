package org.corroborate.store;

/**
 * One figure of an incident across its reports: the lowest and highest counts any report gives ("at least 5" counts
 * as 5 low and leaves the top open), the lowest among independent sources (the conservative single value), and how
 * many independent sources give a figure at all.
 */
public record FigureRange(long low, long high, boolean openAbove, long conservative, int sources) {
}
