package org.precis.survival.data;

import java.util.Arrays;
import java.util.List;

/**
 * The rows of a table with a value in every used column, as R's {@code na.omit}: the rest are
 * dropped and counted, never imputed.
 *
 * @param rows the complete rows (0-based, in table order)
 * @param dropped how many rows miss a value in a used column
 */
public record CompleteCases(int[] rows, int dropped) {

    public CompleteCases {
        rows = rows.clone();
    }

    /** The complete rows of {@code table} over {@code columns} (unknown names fail). */
    public static CompleteCases of(SurvivalTable table, List<String> columns) {
        List<Column> used = columns.stream().map(table::column).toList();
        int[] keep = new int[table.rowCount()];
        int n = 0;
        for (int r = 0; r < table.rowCount(); r++) {
            boolean complete = true;
            for (Column c : used) {
                complete &= !c.isMissing(r);
            }
            if (complete) {
                keep[n++] = r;
            }
        }
        return new CompleteCases(Arrays.copyOf(keep, n), table.rowCount() - n);
    }

    @Override
    public int[] rows() {
        return rows.clone();
    }

    public int size() {
        return rows.length;
    }
}
