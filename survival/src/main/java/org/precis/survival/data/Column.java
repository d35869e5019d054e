package org.precis.survival.data;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One column of a {@link SurvivalTable}: numeric when every present cell parses as a number,
 * text otherwise. Missing cells are NaN (numeric) or absent (text).
 */
public final class Column {
    private final String name;
    private final double[] numbers;
    private final String[] texts;

    private Column(String name, double[] numbers, String[] texts) {
        this.name = Objects.requireNonNull(name, "name");
        this.numbers = numbers;
        this.texts = texts;
    }

    /** A numeric column; NaN marks a missing cell. */
    public static Column numeric(String name, double[] values) {
        return new Column(name, values.clone(), null);
    }

    /** A text column; null marks a missing cell. */
    public static Column text(String name, String[] values) {
        return new Column(name, null, values.clone());
    }

    /** Numeric when every present cell is a number; cells are already trimmed, null = missing. */
    static Column fromCells(String name, String[] cells) {
        double[] parsed = new double[cells.length];
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] == null) {
                parsed[i] = Double.NaN;
                continue;
            }
            try {
                parsed[i] = Double.parseDouble(cells[i]);
            } catch (NumberFormatException e) {
                return new Column(name, null, cells.clone());
            }
        }
        return new Column(name, parsed, null);
    }

    public String name() {
        return name;
    }

    public boolean isNumeric() {
        return numbers != null;
    }

    public int size() {
        return isNumeric() ? numbers.length : texts.length;
    }

    public boolean isMissing(int row) {
        return isNumeric() ? Double.isNaN(numbers[row]) : texts[row] == null;
    }

    /** The number in a row, empty when missing; a text column fails naming its first non-number. */
    public OptionalDouble number(int row) {
        if (!isNumeric()) {
            throw new IllegalArgumentException(nonNumericMessage());
        }
        return Double.isNaN(numbers[row]) ? OptionalDouble.empty() : OptionalDouble.of(numbers[row]);
    }

    /** The cell as text (numbers as written by Java), empty when missing. */
    public Optional<String> text(int row) {
        if (isMissing(row)) {
            return Optional.empty();
        }
        return Optional.of(isNumeric() ? formatNumber(numbers[row]) : texts[row]);
    }

    /** Throws unless numeric, with a message naming the column, the row and the offending value. */
    public void requireNumeric() {
        if (!isNumeric()) {
            throw new IllegalArgumentException(nonNumericMessage());
        }
    }

    private String nonNumericMessage() {
        int row = firstNonNumericRow();
        return row < 0
                ? "column '" + name + "' must be numeric"
                : "column '" + name + "' must be numeric but row " + (row + 1) + " holds '" + texts[row] + "'";
    }

    /** The first row (0-based) of a text column whose cell is not a number; -1 when there is none. */
    int firstNonNumericRow() {
        if (texts == null) {
            return -1;
        }
        for (int i = 0; i < texts.length; i++) {
            if (texts[i] != null) {
                try {
                    Double.parseDouble(texts[i]);
                } catch (NumberFormatException e) {
                    return i;
                }
            }
        }
        return -1;
    }

    static String formatNumber(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    Column select(int[] rows) {
        if (isNumeric()) {
            double[] out = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                out[i] = numbers[rows[i]];
            }
            return new Column(name, out, null);
        }
        String[] out = new String[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = texts[rows[i]];
        }
        return new Column(name, null, out);
    }

    @Override
    public String toString() {
        return name + (isNumeric() ? Arrays.toString(numbers) : Arrays.toString(texts));
    }
}
