package org.precis.federation.algorithm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.precis.survival.data.Column;
import org.precis.survival.data.SurvivalTable;

/**
 * The covariates of a federated regression: columns in model order, and for text columns their
 * levels, reference first (R's treatment contrasts), given in the study so that every site
 * encodes the same design columns whatever levels its own rows happen to hold.
 *
 * @param columns covariate columns in model order
 * @param levels levels per categorical column, reference first; a column not named here is numeric
 */
record CovariateDesign(List<String> columns, Map<String, List<String>> levels) {
    CovariateDesign {
        columns = List.copyOf(columns);
        levels = Map.copyOf(levels);
        for (Map.Entry<String, List<String>> e : levels.entrySet()) {
            if (!columns.contains(e.getKey())) {
                throw new IllegalArgumentException(
                        "levels given for '" + e.getKey() + "', which is not a covariate of " + columns);
            }
            if (e.getValue().size() < 2) {
                throw new IllegalArgumentException(
                        "covariate '" + e.getKey() + "' needs at least two levels, got " + e.getValue());
            }
        }
    }

    /** From the study parameters {@code covariates} and {@code levels}. */
    static CovariateDesign read(ParameterReader parameters) {
        return new CovariateDesign(parameters.texts("covariates"), parameters.textLists("levels"));
    }

    /** Design column names as the survival module names them: {@code age}, {@code size=20-50}. */
    List<String> termNames() {
        List<String> names = new ArrayList<>();
        for (String c : columns) {
            List<String> l = levels.get(c);
            if (l == null) {
                names.add(c);
            } else {
                for (String level : l.subList(1, l.size())) {
                    names.add(c + "=" + level);
                }
            }
        }
        return names;
    }

    int width() {
        return termNames().size();
    }

    /** The table's covariate columns, checked: numeric where numeric is needed. */
    List<Column> columnsOf(SurvivalTable table) {
        List<Column> out = new ArrayList<>();
        for (String c : columns) {
            Column column = SiteRows.column(table, c);
            if (!levels.containsKey(c) && !column.isNumeric()) {
                throw new IllegalArgumentException("site table column '" + c + "' is text; list its levels under"
                        + " 'levels' in the study to use it as a categorical covariate");
            }
            out.add(column);
        }
        return out;
    }

    /** Writes the design row of a complete table row into {@code out}. */
    void encode(List<Column> tableColumns, int row, double[] out) {
        int at = 0;
        for (int k = 0; k < columns.size(); k++) {
            Column column = tableColumns.get(k);
            List<String> l = levels.get(columns.get(k));
            if (l == null) {
                out[at++] = column.number(row).getAsDouble();
                continue;
            }
            String value = column.text(row).get();
            int level = l.indexOf(value);
            if (level < 0) {
                throw new IllegalArgumentException("site table column '" + columns.get(k) + "' row " + (row + 1)
                        + " holds level '" + value + "', not one of the study's levels " + l);
            }
            for (int j = 1; j < l.size(); j++) {
                out[at++] = j == level ? 1.0 : 0.0;
            }
        }
    }
}
