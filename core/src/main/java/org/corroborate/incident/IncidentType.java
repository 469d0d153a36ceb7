package org.corroborate.incident;

/** Kinds of incidents. Their GTD, ACLED and MUC-4 codes are in {@link IncidentCoding}. */
public enum IncidentType {
    ARMED_ASSAULT, BOMBING, ASSASSINATION, KIDNAPPING, HIJACKING, HOSTAGE_BARRICADE, ARSON_SABOTAGE,
    AIR_DRONE_STRIKE, SHELLING, ARMED_CLASH, SECURITY_OPERATION, UNARMED_ASSAULT, ROBBERY, THREAT, OTHER
}
