package org.corroborate.incident;

import java.util.Optional;
import org.corroborate.report.Span;

/**
 * A weapon or instrument ("vehicle loaded with explosives"), with its GTD weapon type.
 *
 * @param toldUsed whether the article tells in so many words that it was used ("a bomb attack", "a bomb exploded",
 *     "placed a bomb", "attacked with explosives"), not only names it beside the incident; the role model does not
 *     drop such a weapon
 */
public record Weapon(String text, Optional<String> gtdWeaponType, Span evidence, boolean toldUsed) {
}
