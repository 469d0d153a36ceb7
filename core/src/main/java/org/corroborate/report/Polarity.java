package org.corroborate.report;

/** Whether a statement affirms or negates its content ("has not acknowledged" is NEGATIVE). */
public enum Polarity { POSITIVE, NEGATIVE }
