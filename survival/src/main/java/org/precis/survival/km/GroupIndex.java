package org.precis.survival.km;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** Splits subjects by a label per subject (groups or strata), checking the labels on the way. */
final class GroupIndex {
    private GroupIndex() {}

    /** Row indices per label, labels in string order. */
    static SortedMap<String, int[]> rowsByLabel(RightCensoredSample sample, String[] labels, String what) {
        if (sample == null) {
            throw new IllegalArgumentException("sample must not be null");
        }
        if (labels == null) {
            throw new IllegalArgumentException(what + " labels must not be null");
        }
        if (labels.length != sample.size()) {
            throw new IllegalArgumentException(
                    what + " labels (" + labels.length + ") and subjects (" + sample.size() + ") differ in number");
        }
        SortedMap<String, List<Integer>> rows = new TreeMap<>();
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == null) {
                throw new IllegalArgumentException(what + " label of subject " + i + " is missing (null)");
            }
            rows.computeIfAbsent(labels[i], k -> new ArrayList<>()).add(i);
        }
        SortedMap<String, int[]> result = new TreeMap<>();
        rows.forEach(
                (k, v) -> result.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return Collections.unmodifiableSortedMap(result);
    }
}
