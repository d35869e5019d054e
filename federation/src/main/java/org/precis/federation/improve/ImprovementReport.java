package org.precis.federation.improve;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.precis.federation.evaluation.PromotionDecision;
import org.precis.store.models.ModelVersion;

/**
 * What one {@code federation improve} did.
 *
 * @param baseline the production version it started from, if there was one
 * @param candidate the registered candidate as it stands now (production when promoted)
 * @param training the training study's result (head left out)
 * @param evaluation the evaluation study's result (per-site figures and verdicts)
 * @param decision the sites' verdicts and whether they all say better
 * @param promoted whether the candidate became production
 * @param evaluatedOnTrainingRows true when the training kept no validation patches (a private study),
 *     so the sites evaluated on patches the candidate was trained on: the verdicts lean its way
 */
public record ImprovementReport(
        Optional<ModelVersion> baseline,
        ModelVersion candidate,
        JsonNode training,
        JsonNode evaluation,
        PromotionDecision decision,
        boolean promoted,
        boolean evaluatedOnTrainingRows) {}
