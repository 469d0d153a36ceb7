package org.corroborate.report;

/** How precisely a date interval is known. BEFORE: only an upper bound is known. */
public enum DatePrecision { DAY, WEEK, MONTH, YEAR, BEFORE, UNKNOWN }
