package org.precis.survival.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How one table column enters the design: a numeric column as one term, a text column as
 * indicator columns {@code COL=LEVEL} for every level except the reference (R's treatment contrasts).
 *
 * @param column the table column
 * @param levels all levels in order, the reference first; empty for a numeric column
 */
public record Covariate(String column, List<String> levels) {
    public Covariate {
        Objects.requireNonNull(column, "column");
        levels = List.copyOf(levels);
        if (levels.size() == 1) {
            throw new IllegalArgumentException("text column '" + column + "' has a single level '" + levels.get(0)
                    + "': a constant covariate has no coefficient");
        }
    }

    public boolean isFactor() {
        return !levels.isEmpty();
    }

    /** Names of the design columns this covariate makes. */
    public List<String> termNames() {
        if (!isFactor()) {
            return List.of(column);
        }
        List<String> names = new ArrayList<>();
        for (String level : levels.subList(1, levels.size())) {
            names.add(column + "=" + level);
        }
        return names;
    }

    public int width() {
        return isFactor() ? levels.size() - 1 : 1;
    }

    /**
     * Writes this covariate's design values for a numeric or text cell into {@code out} at {@code at}.
     * {@code row} (1-based, or 0 for none) is only for the error message, which is built only when needed.
     */
    void encode(Object value, int row, double[] out, int at) {
        if (!isFactor()) {
            if (!(value instanceof Number n)) {
                throw new IllegalArgumentException(
                        "covariate '" + column + "' needs a number" + where(row) + ", got '" + value + "'");
            }
            out[at] = n.doubleValue();
            return;
        }
        String text = value instanceof Number n ? Column.formatNumber(n.doubleValue()) : String.valueOf(value);
        int level = levels.indexOf(text);
        if (level < 0) {
            throw new IllegalArgumentException(
                    "covariate '" + column + "'" + where(row) + " has level '" + text + "', not one of " + levels);
        }
        for (int k = 1; k < levels.size(); k++) {
            out[at + k - 1] = k == level ? 1.0 : 0.0;
        }
    }

    private static String where(int row) {
        return row > 0 ? " (row " + row + ")" : "";
    }
}
