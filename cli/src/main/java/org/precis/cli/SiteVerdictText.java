package org.precis.cli;

import java.util.Locale;
import org.precis.federation.evaluation.SiteVerdict;

/** A site's verdict on a candidate model in words: its accuracy (difference), interval and log loss. */
final class SiteVerdictText {
    private SiteVerdictText() {}

    static String of(SiteVerdict verdict) {
        if (verdict.accuracyDifference().isPresent()) {
            return String.format(
                    Locale.ROOT,
                    "accuracy %.3f vs %.3f (difference %+.3f, 95%% CI %+.3f to %+.3f; log loss %+.4f) on %d patches: %s",
                    verdict.candidate().accuracy(),
                    verdict.baseline().orElseThrow().accuracy(),
                    verdict.accuracyDifference().getAsDouble(),
                    verdict.interval().lower(),
                    verdict.interval().upper(),
                    verdict.logLossDifference().orElse(Double.NaN),
                    verdict.n(),
                    verdict.better() ? "better" : "not better");
        }
        return String.format(
                Locale.ROOT,
                "accuracy %.3f (95%% CI %.3f to %.3f) on %d patches: %s",
                verdict.candidate().accuracy(),
                verdict.interval().lower(),
                verdict.interval().upper(),
                verdict.n(),
                verdict.better() ? "acceptable" : "not acceptable");
    }
}
