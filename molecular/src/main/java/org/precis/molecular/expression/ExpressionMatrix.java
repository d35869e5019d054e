package org.precis.molecular.expression;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An expression table read for some of its probes: every sample and every probe id, which probes
 * have at least one value, and the values of the probes that were asked for.
 *
 * @param file the table's file
 * @param samples the sample ids in row order
 * @param probes the probe ids in column order
 * @param probesWithValues the probes with at least one value (genefu drops probes whose values are
 *     all missing before it maps genes)
 * @param values for each probe asked for, its value in each sample (NaN where missing)
 * @param sha256 the SHA-256 of the file's bytes, taken while they were read
 */
public record ExpressionMatrix(
        Path file,
        List<String> samples,
        List<String> probes,
        Set<String> probesWithValues,
        Map<String, double[]> values,
        String sha256) {

    public ExpressionMatrix {
        samples = List.copyOf(samples);
        probes = List.copyOf(probes);
        probesWithValues = Set.copyOf(probesWithValues);
        Map<String, double[]> copy = new HashMap<>();
        for (Map.Entry<String, double[]> entry : values.entrySet()) {
            if (entry.getValue().length != samples.size()) {
                throw new IllegalArgumentException("probe " + entry.getKey() + " has " + entry.getValue().length
                        + " values for " + samples.size() + " samples");
            }
            copy.put(entry.getKey(), entry.getValue().clone());
        }
        values = Map.copyOf(copy);
    }

    /** The values of a probe that was read, one per sample (NaN where missing), a copy. */
    public double[] column(String probe) {
        double[] column = values.get(probe);
        if (column == null) {
            throw new IllegalArgumentException("probe " + probe + " was not read from " + file);
        }
        return Arrays.copyOf(column, column.length);
    }

    public int sampleCount() {
        return samples.size();
    }
}
