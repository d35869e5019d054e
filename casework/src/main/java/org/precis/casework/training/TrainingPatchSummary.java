package org.precis.casework.training;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a training-patch export wrote.
 *
 * @param output the export folder
 * @param patches patches written
 * @param perClass patches of each class, in the order the classes were asked for
 * @param signedCases cases with a signed report version
 * @param casesUsed signed cases that gave at least one annotation of a class asked for
 * @param draftCases cases never signed, left out
 * @param annotationsWithoutArea annotations of a class asked for without area (points, lines), left out
 * @param patchPx patch side in pixels
 */
public record TrainingPatchSummary(
        String output,
        int patches,
        Map<String, Integer> perClass,
        int signedCases,
        int casesUsed,
        int draftCases,
        int annotationsWithoutArea,
        int patchPx) {
    public TrainingPatchSummary {
        Objects.requireNonNull(output, "output");
        perClass = Collections.unmodifiableMap(new LinkedHashMap<>(perClass));
    }
}
