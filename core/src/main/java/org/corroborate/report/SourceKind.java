package org.corroborate.report;

/** What kind of source a statement is attributed to. */
public enum SourceKind { OUTLET, OFFICIAL, ARMED_GROUP, WITNESS, DOCUMENT, UNNAMED, OTHER }
