package org.corroborate.eval;

/** The five MUC-4 role fillers scored by CEAF-REE, with the key slot each is read from. */
enum Muc4Role {
    PERP_IND("PerpInd", "PERP: INDIVIDUAL ID"),
    PERP_ORG("PerpOrg", "PERP: ORGANIZATION ID"),
    TARGET("Target", "PHYS TGT: ID"),
    VICTIM("Victim", "HUM TGT: NAME"),
    WEAPON("Weapon", "INCIDENT: INSTRUMENT ID");

    final String label;
    final String slot;

    Muc4Role(String label, String slot) {
        this.label = label;
        this.slot = slot;
    }
}
