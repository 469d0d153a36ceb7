package org.corroborate.nlp;

/** Entity types the engine recognises. Places are split by kind when the engine knows it. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    LOCATION,
    COUNTRY,
    STATE_OR_PROVINCE,
    CITY,
    NATIONALITY,
    RELIGION,
    IDEOLOGY,
    TITLE,
    MISC,
    OTHER;

    /** Whether the entity names a place. */
    public boolean isPlace() {
        return this == LOCATION || this == COUNTRY || this == STATE_OR_PROVINCE || this == CITY;
    }
}
