package org.precis.cells.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a feature recipe taken apart: every non-empty combination of its encoders and its
 * stain features, each as the recipe it would be and the columns of the full recipe's vector it
 * keeps. Comparing them on the same cells and folds says which part helps.
 */
public final class FeatureBlocks {

    /** One combination: its recipe and its columns {@code {from, to}} in the full vector. */
    public record Combination(CellFeatureRecipe recipe, List<int[]> columns) {}

    private FeatureBlocks() {}

    /** Each row with only the columns of {@code ranges} ({@code {from, to}}), joined in order. */
    static double[][] select(double[][] rows, List<int[]> ranges) {
        int width = 0;
        for (int[] r : ranges) {
            width += r[1] - r[0];
        }
        double[][] joined = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            double[] row = new double[width];
            int at = 0;
            for (int[] r : ranges) {
                System.arraycopy(rows[i], r[0], row, at, r[1] - r[0]);
                at += r[1] - r[0];
            }
            joined[i] = row;
        }
        return joined;
    }

    public static List<Combination> combinations(CellFeatureRecipe full) {
        int blocks = full.encoders().size() + (full.stainFeatures() ? 1 : 0);
        List<int[]> ranges = new ArrayList<>();
        int at = 0;
        for (EncoderField field : full.encoders()) {
            ranges.add(new int[] {at, at + field.dimension()});
            at += field.dimension();
        }
        if (full.stainFeatures()) {
            ranges.add(new int[] {at, at + StainFeatures.NAMES.size()});
        }
        List<Combination> combinations = new ArrayList<>();
        for (int mask = 1; mask < 1 << blocks; mask++) {
            List<EncoderField> encoders = new ArrayList<>();
            List<int[]> columns = new ArrayList<>();
            boolean stain = false;
            for (int b = 0; b < blocks; b++) {
                if ((mask & 1 << b) == 0) {
                    continue;
                }
                columns.add(ranges.get(b));
                if (b < full.encoders().size()) {
                    encoders.add(full.encoders().get(b));
                } else {
                    stain = true;
                }
            }
            combinations.add(new Combination(new CellFeatureRecipe(encoders, stain), columns));
        }
        return combinations;
    }
}
