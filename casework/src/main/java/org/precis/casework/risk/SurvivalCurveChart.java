package org.precis.casework.risk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.precis.report.survival.PredictedSurvivalChart;
import org.precis.report.survival.TimeUnit;
import org.precis.survival.validation.PredictedCurve;

/** A case's predicted survival curve as the PNG the molecular report draws ({@link PredictedSurvivalChart}). */
final class SurvivalCurveChart {

    byte[] png(PredictedCurve curve, double lp, Optional<String> group, Path modelFile, TimeUnit unit)
            throws IOException {
        String label =
                group.map(g -> g + " risk, ").orElse("") + String.format(Locale.ROOT, "linear predictor %.3f", lp);
        PredictedSurvivalChart chart = new PredictedSurvivalChart(
                "Predicted survival: " + modelFile.getFileName(),
                label,
                curve.times().stream().mapToDouble(Double::doubleValue).toArray(),
                curve.survival().stream().mapToDouble(Double::doubleValue).toArray(),
                curve.band(),
                unit,
                "The Cox model's survival curve at this patient's covariates (R's survfit(fit, newdata));"
                        + " risk group by the development cohort's tertiles of the linear predictor.");
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        if (!ImageIO.write(chart.toImage(), "png", png)) {
            throw new IOException("no PNG writer available");
        }
        return png.toByteArray();
    }
}
