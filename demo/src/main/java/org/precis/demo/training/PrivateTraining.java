package org.precis.demo.training;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;

/**
 * The demo's differentially private study: its model file, the name its scores go by, its rounds
 * and wall time, and the privacy it spent (epsilon, delta, noise multiplier, guarantee).
 */
public record PrivateTraining(
        String study, Path model, String scoresName, int rounds, long wallMillis, JsonNode privacy) {}
