package org.precis.federation.algorithm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * One round's public request: which study and round, the algorithm, its public parameters for this
 * round (coefficients, grid, columns: nothing about any patient) as JSON, and the length of the
 * vector every site answers with.
 */
public record RoundRequest(String studyId, int round, String algorithm, JsonNode parameters, int vectorLength) {
    public RoundRequest {
        Objects.requireNonNull(studyId, "studyId");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(parameters, "parameters");
        if (round < 0) {
            throw new IllegalArgumentException("round must be >= 0, got " + round);
        }
        if (vectorLength < 1) {
            throw new IllegalArgumentException("vectorLength must be >= 1, got " + vectorLength);
        }
    }
}
