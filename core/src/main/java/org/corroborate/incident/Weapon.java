package org.corroborate.incident;

import java.util.Optional;
import org.corroborate.report.Span;

/** A weapon or instrument ("vehicle loaded with explosives"), with its GTD weapon type. */
public record Weapon(String text, Optional<String> gtdWeaponType, Span evidence) {
}
