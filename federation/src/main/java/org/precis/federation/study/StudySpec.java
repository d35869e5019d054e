package org.precis.federation.study;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.precis.federation.algorithm.StudyParameters;

/**
 * A study as a researcher submits it: its id, the algorithm and its parameters, the sites that take
 * part, the researcher (a certificate identity) and the secure-aggregation threshold (the fewest
 * sites whose sum may be released).
 */
public record StudySpec(
        String studyId, String algorithm, JsonNode parameters, List<String> sites, String researcher, int threshold) {
    /** Ids become file names in the coordinator's state folder: keep them to a safe alphabet. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public StudySpec {
        Objects.requireNonNull(parameters, "parameters");
        requireId("study", studyId);
        requireId("researcher", researcher);
        if (algorithm == null || algorithm.isBlank()) {
            throw new IllegalArgumentException("study '" + studyId + "' names no algorithm");
        }
        sites = List.copyOf(sites);
        if (sites.size() < 2) {
            throw new IllegalArgumentException("study '" + studyId
                    + "' needs at least 2 sites (secure aggregation of one site is that site's answer)");
        }
        if (new HashSet<>(sites).size() != sites.size()) {
            throw new IllegalArgumentException("study '" + studyId + "' lists a site twice: " + sites);
        }
        sites.forEach(site -> requireId("site", site));
        if (threshold < 2 || threshold > sites.size()) {
            throw new IllegalArgumentException("study '" + studyId + "' threshold must be between 2 and the "
                    + sites.size() + " sites, got " + threshold);
        }
    }

    /** The default threshold: a strict majority of the sites, and never fewer than two. */
    public static int majorityOf(int siteCount) {
        return Math.max(2, siteCount / 2 + 1);
    }

    /** What the algorithm's {@code start} gets. */
    public StudyParameters studyParameters() {
        return new StudyParameters(studyId, algorithm, parameters, sites);
    }

    private static void requireId(String what, String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    what + " id '" + id + "' must be 1-64 of A-Z a-z 0-9 . _ - (starting alphanumeric)");
        }
    }
}
