package org.precis.cli;

import java.io.PrintWriter;
import org.precis.demo.training.ModelScores;
import org.precis.demo.training.TrainingDemoReport;
import org.precis.learn.metrics.ConfidenceInterval;
import org.precis.learn.patch.PatchEvaluation;

/** The federated training demo's report as text: every model's figures on the same held-out patches. */
final class TrainingDemoText {

    private final PrintWriter out;

    TrainingDemoText(PrintWriter out) {
        this.out = out;
    }

    void print(TrainingDemoReport report) {
        out.printf(
                "%s (%s over %s): %d rounds, %d ms; %d held-out patches%n",
                report.study(),
                report.algorithm(),
                report.sitePatches(),
                report.rounds(),
                report.wallMillis(),
                report.testPatches());
        out.printf("  %-14s %-24s %-24s %-24s%n", "model", "accuracy [95% CI]", "macro AUC [95% CI]", "Brier [95% CI]");
        for (ModelScores scores : report.scores()) {
            PatchEvaluation t = scores.test();
            out.printf(
                    "  %-14s %-24s %-24s %-24s%n",
                    scores.model(),
                    figure(t.accuracy(), t.accuracyCi()),
                    figure(t.macroAuc(), t.macroAucCi()),
                    figure(t.brier(), t.brierCi()));
        }
        report.otherSitesAccuracy()
                .forEach((site, pair) -> out.printf(
                        "  other sites' held-out patches: %s alone %.4f, federated %.4f%n", site, pair[0], pair[1]));
        out.println("  model: " + report.model());
        out.println("  pooled model: " + report.pooledModel());
        report.privateTraining()
                .ifPresent(p -> out.printf(
                        "  private model: %s (epsilon %.2f at delta %.0e, noise multiplier %.2f, %d rounds, %d ms)%n",
                        p.model(),
                        p.privacy().get("epsilon").asDouble(),
                        p.privacy().get("delta").asDouble(),
                        p.privacy().get("noise_multiplier").asDouble(),
                        p.rounds(),
                        p.wallMillis()));
        report.mlp()
                .ifPresent(m -> out.printf(
                        "  MLP model: %s, pooled MLP: %s (%d training rounds, the model of round %d kept; %d ms)%n",
                        m.model(), m.pooledModel(), m.roundsTrained(), m.bestRound(), m.wallMillis()));
    }

    private static String figure(double value, ConfidenceInterval ci) {
        return String.format("%.4f [%.4f, %.4f]", value, ci.lower(), ci.upper());
    }
}
