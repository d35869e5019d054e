package org.precis.learn.drift;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.precis.io.json.JsonMappers;
import org.precis.learn.metrics.ReliabilityBin;

/**
 * A {@link DriftReport} as JSON (snake_case, the project's result mapper):
 *
 * <pre>
 * classes, n, training_moments_recorded,
 * embedding: {summary: {mean_abs_z, p95_abs_z, max_abs_z, max_abs_z_feature, share_abs_z_above_0_25,
 *             share_abs_z_above_0_5, sd_ratio_median, sd_ratio_p05, sd_ratio_p95, mean_squared_norm},
 *             no_drift_baseline: {...the same...}, per_feature: {z: [...], sd_ratio: [...]}}
 *   or embedding_note (no training moments),
 * calibration: {n, accuracy: {value, ci: [lo, hi]}, log_loss, brier, expected_calibration_error,
 *               classwise_ece: {CLASS: value}, reliability: [{lower, upper, count, mean_confidence, accuracy}],
 *               against_provenance: [{figure, provenance_key, recorded, site, difference}]}
 * </pre>
 */
public final class DriftJson {

    private final ObjectMapper mapper = JsonMappers.snakeCase();

    /** The report as a JSON tree. */
    public ObjectNode toJson(DriftReport report) {
        ObjectNode root = mapper.createObjectNode();
        ArrayNode classes = root.putArray("classes");
        report.classNames().forEach(classes::add);
        root.put("n", report.n());
        root.put("training_moments_recorded", report.trainingMomentsRecorded());
        report.embedding()
                .ifPresentOrElse(
                        embedding -> root.set("embedding", embedding(embedding)),
                        () -> root.put("embedding_note", DriftReport.NO_MOMENTS));
        root.set("calibration", calibration(report));
        return root;
    }

    /** The report as indented JSON text ending in a newline. */
    public String toText(DriftReport report) {
        try {
            return mapper.writeValueAsString(toJson(report)) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the drift report: " + e.getMessage(), e);
        }
    }

    private ObjectNode embedding(EmbeddingDrift embedding) {
        ObjectNode out = mapper.createObjectNode();
        out.set("summary", summary(embedding.summary()));
        out.set("no_drift_baseline", summary(embedding.noDriftBaseline()));
        ObjectNode perFeature = out.putObject("per_feature");
        numbers(perFeature.putArray("z"), embedding.site().z());
        numbers(perFeature.putArray("sd_ratio"), embedding.site().sdRatio());
        return out;
    }

    /** A shift summary's numbers, named as in the report. */
    public static ObjectNode summary(ShiftSummary summary) {
        ObjectNode out = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        out.put("mean_abs_z", summary.meanAbsZ());
        out.put("p95_abs_z", summary.p95AbsZ());
        out.put("max_abs_z", summary.maxAbsZ());
        out.put("max_abs_z_feature", summary.maxAbsZFeature());
        out.put("share_abs_z_above_0_25", summary.shareAbsZAbove025());
        out.put("share_abs_z_above_0_5", summary.shareAbsZAbove050());
        out.put("sd_ratio_median", summary.sdRatioMedian());
        out.put("sd_ratio_p05", summary.sdRatioP05());
        out.put("sd_ratio_p95", summary.sdRatioP95());
        out.put("mean_squared_norm", summary.meanSquaredNorm());
        return out;
    }

    private ObjectNode calibration(DriftReport report) {
        CalibrationDrift calibration = report.calibration();
        ObjectNode out = mapper.createObjectNode();
        out.put("n", calibration.n());
        estimate(out, "accuracy", calibration.accuracy());
        estimate(out, "log_loss", calibration.logLoss());
        estimate(out, "brier", calibration.brier());
        estimate(out, "expected_calibration_error", calibration.expectedCalibrationError());
        ObjectNode classwise = out.putObject("classwise_ece");
        double[] ece = calibration.classwiseEce();
        for (int k = 0; k < ece.length; k++) {
            classwise.put(report.classNames().get(k), ece[k]);
        }
        ArrayNode bins = out.putArray("reliability");
        for (ReliabilityBin bin : calibration.reliability().bins()) {
            bins.add(mapper.<ObjectNode>valueToTree(bin));
        }
        ArrayNode recorded = out.putArray("against_provenance");
        calibration.againstProvenance().forEach(c -> recorded.add(mapper.<ObjectNode>valueToTree(c)));
        return out;
    }

    private static void estimate(ObjectNode out, String name, Estimate estimate) {
        ObjectNode node = out.putObject(name);
        node.put("value", estimate.value());
        node.putArray("ci").add(estimate.ci().lower()).add(estimate.ci().upper());
    }

    private static void numbers(ArrayNode array, double[] values) {
        for (double value : values) {
            array.add(value);
        }
    }
}
