package org.precis.molecular.expression;

import java.util.Map;
import org.precis.table.InputDataException;

/**
 * Checks that a table has probes in its columns as its annotation names them, and says so when it
 * has them in its rows instead (a transposed table, genes as rows, as many tools write them).
 */
public final class ExpressionOrientation {

    private ExpressionOrientation() {}

    /** Throws when no column of {@code matrix} is a probe of {@code annotation}. */
    public static void check(ExpressionMatrix matrix, ProbeAnnotation annotation) {
        Map<String, AnnotatedProbe> probes = annotation.byProbe();
        for (String probe : matrix.probes()) {
            if (probes.containsKey(probe)) {
                return;
            }
        }
        long rowsAsProbes =
                matrix.samples().stream().filter(probes::containsKey).count();
        if (rowsAsProbes > 0) {
            throw new InputDataException(
                    matrix.file(),
                    0,
                    "looks transposed: " + rowsAsProbes + " of its " + matrix.sampleCount()
                            + " row ids are probes of " + annotation.file() + " and none of its column names is;"
                            + " Precis reads samples in rows and probes in columns");
        }
        throw new InputDataException(
                matrix.file(),
                0,
                "none of its " + matrix.probes().size() + " column names (e.g. "
                        + matrix.probes().get(0) + ") is a probe of " + annotation.file());
    }
}
