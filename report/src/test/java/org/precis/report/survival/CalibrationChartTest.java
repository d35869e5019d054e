package org.precis.report.survival;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.report.figure.FigureRow;
import org.precis.report.figure.PngFile;
import org.precis.survival.cox.CoxModel;
import org.precis.survival.data.CoxDesign;
import org.precis.survival.data.DesignSpec;
import org.precis.survival.data.SurvivalTable;
import org.precis.survival.validation.ExternalValidation;
import org.precis.survival.validation.ModelProvenance;
import org.precis.survival.validation.RiskGroupCalibration;
import org.precis.survival.validation.SavedCoxModel;
import org.precis.survival.validation.ValidationReport;

/** A Cox model of lung (age, sex, ph.ecog) validated on lung: the figures draw what the validation computed. */
class CalibrationChartTest {

    private static ValidationReport report;

    @TempDir
    Path folder;

    @BeforeAll
    static void validate() throws Exception {
        SurvivalTable lung = LungCurves.table();
        DesignSpec spec = CoxDesign.builder()
                .time("time")
                .event("status", 2)
                .covariates("age", "sex", "ph.ecog")
                .spec();
        CoxDesign design = spec.on(lung);
        SavedCoxModel saved = SavedCoxModel.of(
                spec,
                design,
                CoxModel.fit(design),
                new ModelProvenance("0".repeat(64), lung.columnNames(), "test", "2026-12-06"));
        report = new ExternalValidation(365, 365, saved.riskGroupCuts()).validate(saved, lung);
    }

    @Test
    void pointsAreThePredictedAndObservedRisksOfEachGroup() {
        List<RiskGroupCalibration> groups = report.calibration();
        CalibrationChart chart = new CalibrationChart("lung", groups, 3, TimeUnit.DAYS);
        assertThat(chart.points()).hasSize(3);
        for (int g = 0; g < 3; g++) {
            assertThat(chart.points().get(g))
                    .containsExactly(
                            groups.get(g).predictedRisk(), groups.get(g).observedRisk());
        }
        // each group's point lies inside its observed interval and higher groups carry more risk
        for (RiskGroupCalibration group : groups) {
            assertThat(group.observedRisk()).isBetween(group.observedRiskLower(), group.observedRiskUpper());
        }
        assertThat(groups.get(0).predictedRisk()).isLessThan(groups.get(1).predictedRisk());
        assertThat(groups.get(1).predictedRisk()).isLessThan(groups.get(2).predictedRisk());
    }

    @Test
    void tableGivesTheGroupsSizesAndNumbersAtRiskAndTheCaptionTheCuts() {
        List<RiskGroupCalibration> groups = report.calibration();
        CalibrationChart chart = new CalibrationChart("lung", groups, 3, TimeUnit.DAYS);
        List<List<String>> table = chart.table();
        assertThat(table.get(0)).contains("at risk at 365", "events to 365");
        assertThat(table).hasSize(4);
        for (int g = 0; g < 3; g++) {
            assertThat(table.get(g + 1).get(2))
                    .isEqualTo(Integer.toString(groups.get(g).size()));
            assertThat(table.get(g + 1).get(3))
                    .isEqualTo(Long.toString(Math.round(groups.get(g).numberAtRisk())));
        }
        assertThat(table.get(1).get(0)).isEqualTo("low risk");
        assertThat(table.get(3).get(0)).isEqualTo("high risk");
        String caption = String.join(" ", chart.caption().paragraphs());
        assertThat(caption)
                .contains(String.format(
                        java.util.Locale.ROOT, "%.3f", groups.get(0).upperCut()))
                .contains(String.format(
                        java.util.Locale.ROOT, "%.3f", groups.get(1).upperCut()))
                .contains("Kaplan-Meier")
                .contains("perfect calibration");
        int sizes = groups.stream().mapToInt(RiskGroupCalibration::size).sum();
        assertThat(sizes).isEqualTo(report.subjects());
    }

    /**
     * The table under the plot (its last column, "observed (95% CI)", included) lies inside the
     * figure's width: painted on a canvas wider than the figure, nothing is drawn right of it, so a
     * figure row that clips each panel to its width cuts nothing off. Long labels (a 5-year time,
     * negative cut points, "intermediate risk") make the widest table.
     */
    @Test
    void theTableFitsInsideTheFigureSoThatARowCutsNothingOff() throws Exception {
        for (double t : new double[] {365, 1826}) {
            List<RiskGroupCalibration> groups = new ArrayList<>();
            double[] cuts = {Double.NEGATIVE_INFINITY, -0.123456, 0.654321, Double.POSITIVE_INFINITY};
            for (int g = 1; g <= 3; g++) {
                groups.add(new RiskGroupCalibration(
                        g, 1234, cuts[g - 1], cuts[g], t, 1000, 234, 0.1234 * g, 0.1111 * g, 0.0999 * g, 0.1333 * g));
            }
            CalibrationChart chart = new CalibrationChart("long labels", groups, 3, TimeUnit.DAYS);
            assertThat(chart.tableRight()).as("table's right edge at t=%s", t).isLessThanOrEqualTo(chart.width());
            int extra = 400;
            BufferedImage canvas =
                    new BufferedImage(chart.width() + extra, chart.height(), BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = canvas.createGraphics();
            try {
                chart.paint(g);
            } finally {
                g.dispose();
            }
            for (int x = chart.width(); x < canvas.getWidth(); x++) {
                for (int y = 0; y < canvas.getHeight(); y++) {
                    int alpha = canvas.getRGB(x, y) >>> 24;
                    assertThat(alpha)
                            .as("pixel (%d, %d) right of the figure's width %d", x, y, chart.width())
                            .isZero();
                }
            }
        }
        // and the lung report's own table
        CalibrationChart lung = new CalibrationChart("lung", report.calibration(), 3, TimeUnit.DAYS);
        assertThat(lung.tableRight()).isLessThanOrEqualTo(lung.width());
    }

    @Test
    void rendersTheCalibrationPlotBesideTheCurves() throws Exception {
        CalibrationChart calibration = new CalibrationChart("lung", report.calibration(), 3, TimeUnit.DAYS);
        RiskGroupCurvesChart curves = new RiskGroupCurvesChart("lung", report.riskGroups(), TimeUnit.DAYS);
        assertThat(curves.chart().getXAxisTitle()).isEqualTo("Time (days)");
        assertThat(curves.chart().getSeriesMap())
                .containsKey(
                        "low risk observed (n=" + report.riskGroups().get(0).size() + ")");
        FigureRow row = new FigureRow(List.of(calibration, curves));
        Path png = folder.resolve("calibration.png");
        PngFile.write(row, png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(calibration.width() + curves.width());
        assertThat(image.getHeight()).isEqualTo(Math.max(calibration.height(), curves.height()));
    }
}
