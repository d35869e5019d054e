package org.precis.federation.drift;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.precis.io.json.JsonMappers;
import org.precis.learn.drift.DriftJson;
import org.precis.learn.drift.DriftReport;
import org.precis.learn.drift.Estimate;
import org.precis.learn.drift.ShiftSummary;
import org.precis.learn.metrics.ReliabilityBin;

/**
 * What one site releases of its {@link DriftReport}: its patch count, whether the model records
 * training moments, the embedding shift's summary and its no-drift baseline (not the per-feature
 * vectors), the calibration figures with their intervals, each class's one-vs-rest calibration
 * error, and the reliability table in bins of at least the site's minimum cell count.
 */
public record SiteDrift(
        String site,
        int n,
        boolean trainingMomentsRecorded,
        Optional<ShiftSummary> shift,
        Optional<ShiftSummary> noDriftBaseline,
        Estimate accuracy,
        Estimate logLoss,
        Estimate brier,
        Estimate expectedCalibrationError,
        double[] classwiseEce,
        List<ReliabilityBin> reliability) {

    public SiteDrift {
        Objects.requireNonNull(site, "site");
        if (shift.isPresent() != trainingMomentsRecorded || noDriftBaseline.isPresent() != trainingMomentsRecorded) {
            throw new IllegalArgumentException(site + ": an embedding shift goes with recorded training moments");
        }
        classwiseEce = classwiseEce.clone();
        reliability = List.copyOf(reliability);
    }

    /** The releasable part of {@code report}, its reliability bins merged to {@code minimumCellCount}. */
    public static SiteDrift of(String site, DriftReport report, int minimumCellCount) {
        var calibration = report.calibration();
        return new SiteDrift(
                site,
                report.n(),
                report.trainingMomentsRecorded(),
                report.embedding().map(e -> e.summary()),
                report.embedding().map(e -> e.noDriftBaseline()),
                calibration.accuracy(),
                calibration.logLoss(),
                calibration.brier(),
                calibration.expectedCalibrationError(),
                calibration.classwiseEce(),
                calibration.reliabilityAtLeast(minimumCellCount));
    }

    @Override
    public double[] classwiseEce() {
        return classwiseEce.clone();
    }

    /** This site's entry in the study's result, in the shape of {@code DriftJson}'s (no per-feature vectors). */
    public ObjectNode toJson(List<String> classes) {
        ObjectMapper mapper = JsonMappers.snakeCase();
        ObjectNode out = mapper.createObjectNode();
        out.put("n", n);
        out.put("training_moments_recorded", trainingMomentsRecorded);
        if (trainingMomentsRecorded) {
            ObjectNode embedding = out.putObject("embedding");
            embedding.set("summary", DriftJson.summary(shift.orElseThrow()));
            embedding.set("no_drift_baseline", DriftJson.summary(noDriftBaseline.orElseThrow()));
        } else {
            out.put("embedding_note", DriftReport.NO_MOMENTS);
        }
        ObjectNode calibration = out.putObject("calibration");
        estimate(calibration, "accuracy", accuracy);
        estimate(calibration, "log_loss", logLoss);
        estimate(calibration, "brier", brier);
        estimate(calibration, "expected_calibration_error", expectedCalibrationError);
        ObjectNode classwise = calibration.putObject("classwise_ece");
        for (int k = 0; k < classwiseEce.length; k++) {
            classwise.put(classes.get(k), classwiseEce[k]);
        }
        ArrayNode bins = calibration.putArray("reliability");
        reliability.forEach(bin -> bins.add(mapper.<ObjectNode>valueToTree(bin)));
        return out;
    }

    private static void estimate(ObjectNode out, String name, Estimate estimate) {
        ObjectNode node = out.putObject(name);
        node.put("value", estimate.value());
        node.putArray("ci").add(estimate.ci().lower()).add(estimate.ci().upper());
    }
}
