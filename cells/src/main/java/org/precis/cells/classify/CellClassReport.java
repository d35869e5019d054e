package org.precis.cells.classify;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.precis.cells.nuclei.CellClass;

/**
 * The figures of one image-grouped nested cross-validation: per-class recall and precision of the
 * calls, the confusion matrix, the macro one-vs-rest AUC, mitosis recall and mitosis calls per
 * true mitosis with 95% intervals from a bootstrap over images. Precision here is among annotated
 * cells only (the annotations are not exhaustive).
 */
public record CellClassReport(
        String label,
        int cells,
        int images,
        Map<CellClass, Double> recall,
        Map<CellClass, Double> precision,
        int[][] confusion,
        double macroAuc,
        double[] macroAucInterval,
        double mitosisRecall,
        double[] mitosisRecallInterval,
        double mitosisCallsPerTrueMitosis,
        double[] mitosisCallsInterval) {

    public static CellClassReport of(
            String label, CellClassValidation validation, int replicates, RandomGenerator random) {
        Map<CellClass, Double> recall = new LinkedHashMap<>();
        Map<CellClass, Double> precision = new LinkedHashMap<>();
        for (CellClass k : CellClass.values()) {
            recall.put(k, validation.recall(k));
            precision.put(k, validation.precision(k));
        }
        int images =
                (int) java.util.Arrays.stream(validation.image()).distinct().count();
        return new CellClassReport(
                label,
                validation.size(),
                images,
                recall,
                precision,
                validation.confusion(),
                validation.macroAuc(),
                validation.imageBootstrap(CellClassValidation::macroAuc, replicates, 0.95, random),
                validation.recall(CellClass.MITOSIS),
                validation.imageBootstrap(v -> v.recall(CellClass.MITOSIS), replicates, 0.95, random),
                validation.mitosisCallsPerTrueMitosis(),
                validation.imageBootstrap(CellClassValidation::mitosisCallsPerTrueMitosis, replicates, 0.95, random));
    }

    /** The figures as flat names and values, for a model file's {@code evaluation}. */
    public Map<String, Double> asMap() {
        Map<String, Double> map = new LinkedHashMap<>();
        map.put("cv_cells", (double) cells);
        map.put("cv_images", (double) images);
        map.put("cv_macro_auc", macroAuc);
        map.put("cv_macro_auc_ci_low", macroAucInterval[0]);
        map.put("cv_macro_auc_ci_high", macroAucInterval[1]);
        for (CellClass k : CellClass.values()) {
            map.put("cv_recall_" + k.displayName(), recall.get(k));
            map.put("cv_precision_" + k.displayName(), precision.get(k));
        }
        map.put("cv_mitosis_recall", mitosisRecall);
        map.put("cv_mitosis_recall_ci_low", mitosisRecallInterval[0]);
        map.put("cv_mitosis_recall_ci_high", mitosisRecallInterval[1]);
        map.put("cv_mitosis_calls_per_true_mitosis", mitosisCallsPerTrueMitosis);
        map.put("cv_mitosis_calls_ci_low", mitosisCallsInterval[0]);
        map.put("cv_mitosis_calls_ci_high", mitosisCallsInterval[1]);
        map.values().removeIf(v -> v.isNaN());
        return map;
    }
}
