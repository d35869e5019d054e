package org.precis.survival.cox;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.precis.survival.data.Column;
import org.precis.survival.data.SurvivalTable;

/** The table changes the invariance tests make: rows shuffled, time columns rescaled. */
final class TableTransforms {
    private TableTransforms() {}

    static SurvivalTable shuffled(SurvivalTable t, long seed) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < t.rowCount(); i++) {
            rows.add(i);
        }
        Collections.shuffle(rows, new Random(seed));
        return t.select(rows.stream().mapToInt(Integer::intValue).toArray());
    }

    static SurvivalTable rescaled(SurvivalTable t, double factor, String... columns) {
        SurvivalTable out = t;
        for (String name : columns) {
            Column c = t.column(name);
            double[] v = new double[t.rowCount()];
            for (int i = 0; i < v.length; i++) {
                v[i] = c.number(i).orElse(Double.NaN) * factor;
            }
            out = out.withColumn(Column.numeric(name, v));
        }
        return out;
    }
}
