package org.precis.federation.algorithm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/** A study as the researcher submitted it: its id, the algorithm's name and its parameters (JSON). */
public record StudyParameters(String studyId, String algorithm, JsonNode parameters) {
    public StudyParameters {
        Objects.requireNonNull(studyId, "studyId");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(parameters, "parameters");
    }
}
