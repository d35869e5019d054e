package org.precis.report.heatmap;

import java.util.List;
import java.util.Map;

/**
 * Names a reader understands for a model's class labels: known dataset labels get their meaning
 * ({@code lung_aca} is adenocarcinoma in LC25000), any other label is shown as it is, underscores
 * as spaces. The file names keep the labels.
 */
public final class ClassDisplayNames {

    /** LC25000's folder labels (Borkowski et al. 2019). */
    private static final Map<String, String> KNOWN = Map.of(
            "lung_aca", "lung adenocarcinoma",
            "lung_scc", "lung squamous cell carcinoma",
            "lung_n", "benign lung tissue",
            "colon_aca", "colon adenocarcinoma",
            "colon_n", "benign colon tissue");

    private ClassDisplayNames() {}

    public static String of(String label) {
        return KNOWN.getOrDefault(label, label.replace('_', ' '));
    }

    public static List<String> of(List<String> labels) {
        return labels.stream().map(ClassDisplayNames::of).toList();
    }
}
