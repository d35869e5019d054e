package org.precis.molecular.report;

import java.util.Objects;
import java.util.Optional;
import org.precis.molecular.pam50.Pam50Call;
import org.precis.molecular.pam50.RorS;

/**
 * One patient's molecular result: the PAM50 call (subtype, correlations with the five centroids,
 * probabilities), ROR-S with its group (scaled within the cohort the patient was scored with), and,
 * when a model was given, the predicted survival and risk group.
 *
 * @param sample the sample id
 * @param call the PAM50 call
 * @param rorS ROR-S and its group
 * @param survival the predicted survival; empty without a model
 */
public record PatientReport(String sample, Pam50Call call, RorS rorS, Optional<PredictedSurvival> survival) {

    public PatientReport {
        Objects.requireNonNull(sample, "sample");
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(rorS, "rorS");
        Objects.requireNonNull(survival, "survival");
    }
}
