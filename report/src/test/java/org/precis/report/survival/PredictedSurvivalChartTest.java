package org.precis.report.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.report.figure.FigureFile;

/** One patient's predicted curve: steps from 1 at time 0, the label in the legend, PNG and SVG. */
class PredictedSurvivalChartTest {

    @TempDir
    Path folder;

    private final PredictedSurvivalChart chart = new PredictedSurvivalChart(
            "Predicted survival of NKI_123",
            "intermediate risk (group 2 of 3)",
            new double[] {100, 200, 400},
            new double[] {0.95, 0.9, 0.8},
            TimeUnit.DAYS,
            "The model's curve at the patient's covariates.");

    @Test
    void drawsStepsFromOneAtTimeZeroWithTheLabel() throws Exception {
        var series = chart.chart().getSeriesMap().get("intermediate risk (group 2 of 3)");
        assertThat(series.getXData()[0]).isZero();
        assertThat(series.getYData()[0]).isEqualTo(1.0);
        assertThat(series.getYData()[series.getYData().length - 1]).isEqualTo(0.8);
        Path png = folder.resolve("curve.png");
        FigureFile.write(chart, png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(chart.width());
        assertThat(image.getHeight()).isEqualTo(chart.height());
        Path svg = folder.resolve("curve.svg");
        FigureFile.write(chart, svg);
        assertThat(Files.readString(svg)).contains("<svg").contains("<text");
    }

    @Test
    void refusesTimesWithoutAsManyValues() {
        assertThatThrownBy(() -> new PredictedSurvivalChart(
                        "t", "l", new double[] {1, 2}, new double[] {0.9}, TimeUnit.DAYS, "n"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
