package org.precis.molecular.risk;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import org.precis.survival.data.Column;
import org.precis.survival.data.SurvivalTable;

/**
 * A table split into a development and a validation cohort by the value of one column (METABRIC's
 * {@code Cohort}, a hospital, a centre): a split fixed by where patients came from, not drawn at
 * random, so that validating on the other part is an external validation in the sense of Royston
 * and Altman. Rows whose value is in neither list, or missing, are in neither cohort.
 *
 * @param column the column that names each row's cohort
 * @param develop its values that make the development cohort
 * @param validate its values that make the validation cohort
 */
public record CohortSplit(String column, List<String> develop, List<String> validate) {

    public CohortSplit {
        Objects.requireNonNull(column, "column");
        develop = List.copyOf(develop);
        validate = List.copyOf(validate);
        if (develop.isEmpty() || validate.isEmpty()) {
            throw new IllegalArgumentException("a split of '" + column + "' needs values for both cohorts");
        }
        Set<String> shared = new HashSet<>(develop);
        shared.retainAll(validate);
        if (!shared.isEmpty()) {
            throw new IllegalArgumentException("'" + column + "' values " + shared + " are in both cohorts");
        }
    }

    /** The same split the other way round: validate on the development cohort. */
    public CohortSplit reversed() {
        return new CohortSplit(column, validate, develop);
    }

    public SurvivalTable development(SurvivalTable table) {
        return rows(table, develop);
    }

    public SurvivalTable validation(SurvivalTable table) {
        return rows(table, validate);
    }

    private SurvivalTable rows(SurvivalTable table, List<String> values) {
        if (!table.hasColumn(column)) {
            throw table.fault("no column '" + column + "' to split the cohorts by");
        }
        Column c = table.column(column);
        Set<String> wanted = Set.copyOf(values);
        int[] rows = IntStream.range(0, table.rowCount())
                .filter(r ->
                        c.text(r).map(String::strip).filter(wanted::contains).isPresent())
                .toArray();
        if (rows.length == 0) {
            throw table.fault("no row has '" + column + "' in " + values);
        }
        return table.select(rows);
    }
}
