package org.precis.demo.cells;

import org.precis.cells.classify.CellClassifierModel;
import org.precis.cells.nuclei.CellClass;
import org.precis.embed.patches.PatchSet;

/**
 * A cell classifier's calls on annotated cells: each class's right calls and annotated cells
 * (recall), accuracy and balanced accuracy, with the model's own call rule.
 *
 * @param right each class's cells called that class
 * @param total each class's annotated cells
 */
public record CellRecall(int[] right, int[] total) {

    public CellRecall {
        right = right.clone();
        total = total.clone();
    }

    /** The calls of {@code model} on the annotated cells of {@code cells} (a cell feature set). */
    public static CellRecall of(CellClassifierModel model, PatchSet cells) {
        int k = CellClass.values().length;
        int[] right = new int[k];
        int[] total = new int[k];
        for (int i = 0; i < cells.count(); i++) {
            int truth = cells.classIndex()[i];
            int called = model.rule()
                    .call(model.head().probabilities(cells.feature(i)))
                    .ordinal();
            total[truth]++;
            right[truth] += called == truth ? 1 : 0;
        }
        return new CellRecall(right, total);
    }

    @Override
    public int[] right() {
        return right.clone();
    }

    @Override
    public int[] total() {
        return total.clone();
    }

    public double accuracy() {
        int r = 0;
        int n = 0;
        for (int c = 0; c < right.length; c++) {
            r += right[c];
            n += total[c];
        }
        return r / (double) n;
    }

    /** Class {@code c}'s recall (NaN when no cell is annotated so). */
    public double recall(int c) {
        return right[c] / (double) total[c];
    }

    /** The mean recall over the classes. */
    public double balancedAccuracy() {
        double sum = 0;
        for (int c = 0; c < right.length; c++) {
            sum += recall(c);
        }
        return sum / right.length;
    }
}
