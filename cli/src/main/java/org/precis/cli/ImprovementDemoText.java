package org.precis.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import org.precis.demo.training.ImprovementDemoReport;
import org.precis.federation.improve.ImprovementReport;
import org.precis.store.models.ModelVersion;

/** The continuous-improvement demo's report as text: each version, each site's verdict, the registry. */
final class ImprovementDemoText {

    private final PrintWriter out;

    ImprovementDemoText(PrintWriter out) {
        this.out = out;
    }

    void print(ImprovementDemoReport report) {
        out.printf("continuous improvement of %s (registry %s)%n", report.model(), report.registry());
        for (ImprovementReport improvement : report.improvements()) {
            ModelVersion candidate = improvement.candidate();
            out.printf(
                    "  version %d%s: study %s, %d rounds on %d patches -> %s%n",
                    candidate.version(),
                    improvement
                            .baseline()
                            .map(b -> " from version " + b.version())
                            .orElse(" (first)"),
                    candidate.studyId().orElse("-"),
                    candidate.rounds(),
                    improvement.training().path("n_train").asLong(),
                    improvement.promoted() ? "promoted to production" : "kept as candidate");
            improvement
                    .decision()
                    .sites()
                    .forEach((site, verdict) -> out.printf("    %s: %s%n", site, SiteVerdictText.of(verdict)));
        }
        report.drift().get("sites").fields().forEachRemaining(site -> {
            JsonNode figures = site.getValue();
            JsonNode embedding = figures.path("embedding");
            JsonNode ece = figures.get("calibration").get("expected_calibration_error");
            out.printf(
                    "    drift at %s against production (%d patches): mean |z| %s, ECE %.4f [%.4f, %.4f]%n",
                    site.getKey(),
                    figures.get("n").asInt(),
                    embedding.isMissingNode()
                            ? "not measured (" + figures.path("embedding_note").asText() + ")"
                            : String.format(
                                    java.util.Locale.ROOT,
                                    "%.3f (no-drift baseline %.3f)",
                                    embedding.get("summary").get("mean_abs_z").asDouble(),
                                    embedding
                                            .get("no_drift_baseline")
                                            .get("mean_abs_z")
                                            .asDouble()),
                    ece.get("value").asDouble(),
                    ece.get("ci").get(0).asDouble(),
                    ece.get("ci").get(1).asDouble());
        });
        for (ModelVersion version : report.versions()) {
            out.printf(
                    "  registry: %s v%d %s (file sha256 %s)%n",
                    report.model(),
                    version.version(),
                    version.status().name().toLowerCase(java.util.Locale.ROOT),
                    version.fileSha256().substring(0, 12));
        }
        out.printf("  see it: ./precis models list --data-dir %s%n", report.registry());
    }
}
