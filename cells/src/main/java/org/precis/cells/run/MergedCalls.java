package org.precis.cells.run;

import java.util.List;
import java.util.Map;

/**
 * What a pass over a run's merged nuclei decided ({@link NucleusCaller#callMerged}): new calls for
 * some nuclei (by index in the run's order) and calls between nuclei, added as detections of their
 * own.
 *
 * @param changed the nuclei whose tile call is replaced, and the call that replaces it
 * @param added the calls between two nuclei
 */
public record MergedCalls(Map<Integer, ClassCall> changed, List<CallBetweenNuclei> added) {

    public MergedCalls {
        changed = Map.copyOf(changed);
        added = List.copyOf(added);
    }

    /** Nothing changed, nothing added. */
    public static MergedCalls none() {
        return new MergedCalls(Map.of(), List.of());
    }
}
