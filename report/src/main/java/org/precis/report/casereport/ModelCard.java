package org.precis.report.casereport;

import org.precis.io.file.Sha256Hex;

/**
 * What a reader of the report must know about a model that produced findings.
 *
 * @param id the identifier findings refer to
 * @param name the model's name
 * @param version its version
 * @param sha256 SHA-256 of the model file (64 hex digits)
 * @param intendedUse what it is for, and on what material
 * @param trainingData what it was trained on
 * @param performanceOnUnseenData its performance on data it never saw, with figures
 * @param knownLimits where it is known to fail or was not tested
 * @param validatedForDiagnosis whether it is validated for diagnostic use; when not, every finding
 *     it produced is marked "research use — not a diagnosis on its own"
 */
public record ModelCard(
        String id,
        String name,
        String version,
        String sha256,
        String intendedUse,
        String trainingData,
        String performanceOnUnseenData,
        String knownLimits,
        boolean validatedForDiagnosis) {

    /** The note printed beside each finding of a model not validated for diagnosis. */
    public static final String RESEARCH_USE = "research use — not a diagnosis on its own";

    public ModelCard {
        Text.require("model id", id);
        Text.require("model name", name);
        Text.require("model version", version);
        sha256 = Sha256Hex.require("model " + id, sha256);
        Text.require("intended use of model " + id, intendedUse);
        Text.require("training data of model " + id, trainingData);
        Text.require("performance on unseen data of model " + id, performanceOnUnseenData);
        Text.require("known limits of model " + id, knownLimits);
    }
}
