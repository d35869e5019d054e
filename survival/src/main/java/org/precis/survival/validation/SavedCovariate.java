package org.precis.survival.validation;

import java.util.List;
import java.util.Objects;

/**
 * How one table column enters a saved model: a numeric column as one term, a text column as
 * indicators of every level but the reference (R's treatment contrasts).
 *
 * @param column the table column
 * @param levels every level, the reference first; empty for a numeric column
 */
public record SavedCovariate(String column, List<String> levels) {
    public SavedCovariate {
        Objects.requireNonNull(column, "column");
        levels = List.copyOf(levels);
        if (levels.size() == 1) {
            throw new IllegalArgumentException("factor '" + column + "' needs at least two levels, has " + levels);
        }
    }

    /** The reference level of a factor; empty text for a numeric column. */
    public String reference() {
        return levels.isEmpty() ? "" : levels.get(0);
    }

    int width() {
        return levels.isEmpty() ? 1 : levels.size() - 1;
    }
}
