package org.precis.survival.data;

import org.precis.survival.km.RightCensoredSample;

/**
 * The rows an {@link OutcomeColumns} selected from a table and the right-censored sample they
 * make, with the values of other columns in the same rows.
 *
 * @param table the whole table
 * @param rows the selected rows (0-based)
 * @param dropped rows dropped for a missing value
 * @param sample times and events of the selected rows, in their order
 */
public record OutcomeSelection(SurvivalTable table, int[] rows, int dropped, RightCensoredSample sample) {

    public OutcomeSelection {
        rows = rows.clone();
    }

    @Override
    public int[] rows() {
        return rows.clone();
    }

    public int size() {
        return rows.length;
    }

    /** The labels of a grouping column in the selected rows (numbers printed as R prints them). */
    public String[] labels(String column) {
        Column values = table.column(column);
        String[] labels = new String[rows.length];
        for (int i = 0; i < rows.length; i++) {
            labels[i] = values.text(rows[i]).orElseThrow();
        }
        return labels;
    }

    /** The numbers of a numeric column in the selected rows; a cell that is not a number fails naming its line. */
    public double[] numbers(String column) {
        Column values = table.numericColumn(column);
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = values.number(rows[i]).getAsDouble();
        }
        return out;
    }
}
