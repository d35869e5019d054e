package org.precis.federation.algorithm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * A study as the researcher submitted it: its id, the algorithm's name, its parameters (JSON) and
 * the sites it lists, in the study file's order (empty where the caller has no list, e.g. a test
 * that runs an algorithm on its own).
 */
public record StudyParameters(String studyId, String algorithm, JsonNode parameters, List<String> sites) {
    public StudyParameters {
        Objects.requireNonNull(studyId, "studyId");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(parameters, "parameters");
        sites = List.copyOf(sites);
    }

    /** A study without a site list. */
    public StudyParameters(String studyId, String algorithm, JsonNode parameters) {
        this(studyId, algorithm, parameters, List.of());
    }

    /** The same study listing {@code sites}. */
    public StudyParameters withSites(List<String> sites) {
        return new StudyParameters(studyId, algorithm, parameters, sites);
    }
}
