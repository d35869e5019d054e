package org.precis.learn.patch;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds lung adenocarcinoma (LUAD) and squamous cell carcinoma (LUSC) among a model's class
 * names, under the names LC25000 and TCGA use, for the LUAD-vs-LUSC AUC.
 */
public final class LungSubtypes {

    static final Set<String> LUAD = Set.of("lung_aca", "luad", "adenocarcinoma", "lung_adenocarcinoma");
    static final Set<String> LUSC =
            Set.of("lung_scc", "lusc", "squamous", "squamous_cell_carcinoma", "lung_squamous_cell_carcinoma");

    private LungSubtypes() {}

    /** Indices (LUAD, LUSC) into {@code classNames}, when both are there. */
    public static Optional<int[]> luadAndLusc(List<String> classNames) {
        int luad = -1;
        int lusc = -1;
        for (int k = 0; k < classNames.size(); k++) {
            String name = classNames.get(k).toLowerCase(Locale.ROOT);
            if (LUAD.contains(name)) {
                luad = k;
            } else if (LUSC.contains(name)) {
                lusc = k;
            }
        }
        return luad >= 0 && lusc >= 0 ? Optional.of(new int[] {luad, lusc}) : Optional.empty();
    }
}
