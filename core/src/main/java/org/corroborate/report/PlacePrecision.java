package org.corroborate.report;

/** How precisely a place is known: a point, a town, a district, a province, only the country, a wider region. */
public enum PlacePrecision { POINT, TOWN, ADMIN2, ADMIN1, COUNTRY, REGION, UNKNOWN }
