package org.corroborate.incident;

/** How far an incident went. */
public enum Stage { ACCOMPLISHED, ATTEMPTED, THREATENED }
