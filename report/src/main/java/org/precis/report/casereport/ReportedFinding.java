package org.precis.report.casereport;

import java.util.Objects;
import java.util.Optional;
import org.precis.io.provenance.Provenance;

/**
 * One AI finding as reported: what the model said, what the pathologist decided, and where it came
 * from.
 *
 * @param key the finding's key ({@code ki67_index}, {@code nottingham_grade})
 * @param label how it is printed ({@code Ki-67 index})
 * @param analysisKind the analysis that produced it ({@code ki67}, {@code grade}, {@code npi},
 *     {@code lung-subtype}, {@code survival-risk}, {@code qc})
 * @param modelValue the model's value, always kept
 * @param finalValue the pathologist's value, present exactly when the decision is CHANGE
 * @param decision the pathologist's decision (UNREVIEWED only in a draft)
 * @param comment the pathologist's comment, empty for none
 * @param reviewer the reviewing pathologist's user name, empty while unreviewed
 * @param interval the model value's interval, when it has one (quantities only)
 * @param modelId the model card of the model that produced it, when a model did
 * @param provenance software, input hashes and parameters of the analysis
 */
public record ReportedFinding(
        String key,
        String label,
        String analysisKind,
        FindingValue modelValue,
        Optional<FindingValue> finalValue,
        ReviewDecision decision,
        String comment,
        String reviewer,
        Optional<Interval> interval,
        Optional<String> modelId,
        Provenance provenance) {

    public ReportedFinding {
        Text.require("finding key", key);
        Text.require("label of finding " + key, label);
        Text.require("analysis kind of finding " + key, analysisKind);
        Objects.requireNonNull(modelValue, "modelValue");
        Objects.requireNonNull(finalValue, "finalValue");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(provenance, "provenance");
        if (finalValue.isPresent() != (decision == ReviewDecision.CHANGE)) {
            throw new IllegalArgumentException("finding " + key + ": a pathologist's value goes with CHANGE and only"
                    + " with it (decision " + decision + ")");
        }
        if ((decision == ReviewDecision.UNREVIEWED) != reviewer.isBlank()) {
            throw new IllegalArgumentException(
                    "finding " + key + ": a reviewed finding names its reviewer, an unreviewed one none");
        }
        if (interval.isPresent() && !(modelValue instanceof FindingValue.Quantity)) {
            throw new IllegalArgumentException("finding " + key + ": only a quantity has an interval");
        }
    }

    /** The value the report gives as the result: the pathologist's when changed, none when rejected. */
    public Optional<FindingValue> reportedValue() {
        return switch (decision) {
            case CHANGE -> finalValue;
            case REJECT -> Optional.empty();
            case ACCEPT, UNREVIEWED -> Optional.of(modelValue);
        };
    }
}
