package org.precis.report.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.report.figure.FigureFile;
import org.precis.survival.validation.ConfidenceBand;

/**
 * One patient's predicted curve: steps from 1 at time 0, the label in the legend, the band dashed
 * when there is one and the caption saying so either way, PNG and SVG.
 */
class PredictedSurvivalChartTest {

    @TempDir
    Path folder;

    private final PredictedSurvivalChart chart = new PredictedSurvivalChart(
            "Predicted survival of NKI_123",
            "intermediate risk (group 2 of 3)",
            new double[] {100, 200, 400},
            new double[] {0.95, 0.9, 0.8},
            Optional.of(new ConfidenceBand(
                    0.95, List.of(0.02, 0.03, 0.04), List.of(0.91, 0.85, 0.72), List.of(0.99, 0.95, Double.NaN))),
            TimeUnit.DAYS,
            "The model's curve at the patient's covariates.");

    @Test
    void drawsTheBandAsStepsAndSaysWhatItIs() {
        assertThat(chart.seriesNames())
                .containsExactly("intermediate risk (group 2 of 3)", "lower limit", "upper limit");
        var lower = chart.chart().getSeriesMap().get("lower limit");
        assertThat(lower.getYData()[0]).isEqualTo(1.0);
        assertThat(lower.getYData()[lower.getYData().length - 1]).isEqualTo(0.72);
        var upper = chart.chart().getSeriesMap().get("upper limit");
        // an undefined limit (R's NA) keeps the level before it
        assertThat(upper.getYData()[upper.getYData().length - 1]).isEqualTo(0.95);
        assertThat(upper.isShowInLegend()).isFalse();
        assertThat(String.join(" ", chart.caption().paragraphs()))
                .contains("Dashed lines: pointwise 95% confidence interval");
    }

    @Test
    void withoutABandSaysWhyAndDrawsTheCurveAlone() {
        PredictedSurvivalChart alone = new PredictedSurvivalChart(
                "t", "l", new double[] {1, 2}, new double[] {0.9, 0.8}, Optional.empty(), TimeUnit.DAYS, "n");
        assertThat(alone.seriesNames()).containsExactly("l");
        assertThat(String.join(" ", alone.caption().paragraphs())).contains("No confidence band", "format 1");
    }

    @Test
    void refusesABandOfAnotherLength() {
        assertThatThrownBy(() -> new PredictedSurvivalChart(
                        "t",
                        "l",
                        new double[] {1, 2},
                        new double[] {0.9, 0.8},
                        Optional.of(new ConfidenceBand(0.95, List.of(0.1), List.of(0.8), List.of(1.0))),
                        TimeUnit.DAYS,
                        "n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 times");
    }

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
                        "t", "l", new double[] {1, 2}, new double[] {0.9}, Optional.empty(), TimeUnit.DAYS, "n"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
