package org.precis.federation.improve;

import java.util.Objects;
import org.precis.federation.study.StudySpec;

/**
 * What {@code federation improve} is asked to do.
 *
 * @param modelName the registry's name of the model to improve
 * @param training the training study (fedavg or fedprox; its id names the candidate's study, and
 *     {@code ID-evaluation} the evaluation's); a production version's head is added as {@code start_from}
 * @param evaluationFraction each site's validation share for the evaluation when the training kept
 *     none (a private study); otherwise the training's own share and seed are used, so the sites
 *     evaluate on patches the candidate was not trained on
 * @param bootstrapReplicates the sites' paired bootstrap replicates
 * @param margin how far below 0 the accuracy difference's lower bound may go at a site that says better
 * @param minAccuracy a first version's bar: each site's lower bound of its accuracy
 * @param firstVersion task, intended use and encoder licence recorded for a first version (later
 *     versions keep their parent's)
 */
public record ImprovementPlan(
        String modelName,
        StudySpec training,
        double evaluationFraction,
        int bootstrapReplicates,
        double margin,
        double minAccuracy,
        ModelDescription firstVersion) {

    public ImprovementPlan {
        if (modelName == null || modelName.isBlank()) {
            throw new IllegalArgumentException("the model to improve needs a name");
        }
        Objects.requireNonNull(training, "training");
        Objects.requireNonNull(firstVersion, "firstVersion");
        if (!(evaluationFraction > 0 && evaluationFraction <= 0.5)) {
            throw new IllegalArgumentException("evaluation fraction must be in (0, 0.5], got " + evaluationFraction);
        }
    }

    /** The evaluation study's id. */
    public String evaluationStudyId() {
        return training.studyId() + "-evaluation";
    }
}
