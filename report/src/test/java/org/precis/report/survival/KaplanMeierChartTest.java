package org.precis.report.survival;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.report.figure.PngFile;
import org.precis.survival.km.KaplanMeier;
import org.precis.survival.km.SurvivalAtTime;
import org.precis.survival.km.SurvivalCurve;

class KaplanMeierChartTest {

    @TempDir
    Path folder;

    @Test
    void legendNamesTheVariableAndTheAxisItsUnit() throws Exception {
        KaplanMeierChart chart = KaplanMeierChart.byGroup("lung", "sex", LungCurves.bySex(), TimeUnit.DAYS);
        assertThat(chart.legendLabels()).containsExactly("sex=1", "sex=2");
        assertThat(chart.timeAxisTitle()).isEqualTo("Time (days)");
        assertThat(KaplanMeierChart.byGroup("lung", "sex", LungCurves.bySex(), TimeUnit.MONTHS)
                        .timeAxisTitle())
                .isEqualTo("Time (months)");
        assertThat(String.join(" ", chart.caption().paragraphs()))
                .contains("95% confidence interval")
                .contains("log transformation")
                .contains("censored")
                .contains("Number at risk");
    }

    @Test
    void numbersAtRiskAreTheCurvesAtTheAxisTicks() throws Exception {
        Map<String, SurvivalCurve> curves = LungCurves.bySex();
        KaplanMeierChart chart = KaplanMeierChart.byGroup("lung", "sex", curves, TimeUnit.DAYS);
        double[] ticks = chart.axis().ticks();
        // lung's last follow-up is day 1022: ticks every 250 days to 1250
        assertThat(ticks).containsExactly(0, 250, 500, 750, 1000, 1250);
        RiskTable table = chart.riskTable();
        assertThat(table.times()).containsExactly(0.0, 250.0, 500.0, 750.0, 1000.0, 1250.0);
        assertThat(table.rows()).extracting(RiskTable.Row::label).containsExactly("sex=1", "sex=2");
        List<SurvivalCurve> inOrder = List.of(curves.get("1"), curves.get("2"));
        for (int row = 0; row < 2; row++) {
            List<SurvivalAtTime> at = inOrder.get(row).at(ticks);
            for (int i = 0; i < ticks.length; i++) {
                assertThat(table.rows().get(row).atRisk().get(i))
                        .isEqualTo(Math.round(at.get(i).numberAtRisk()));
            }
        }
        // R: summary(survfit(Surv(time, status) ~ sex, lung), times = c(0, 250, 500, 750, 1000))$n.risk
        assertThat(table.rows().get(0).atRisk()).containsExactly(138L, 62L, 20L, 7L, 2L, 0L);
        assertThat(table.rows().get(1).atRisk()).containsExactly(90L, 53L, 21L, 3L, 0L, 0L);
    }

    @Test
    void oneCurveIsLabelledWithItsSize() throws Exception {
        SurvivalCurve all = new KaplanMeier().estimate(LungCurves.sample(LungCurves.table()));
        KaplanMeierChart chart = KaplanMeierChart.single("lung", all, TimeUnit.DAYS);
        assertThat(chart.legendLabels()).containsExactly("all (n=228)");
        assertThat(chart.riskTable().rows().get(0).atRisk().get(0)).isEqualTo(228L);
    }

    @Test
    void rendersAPngOfTheFiguresSize() throws Exception {
        KaplanMeierChart chart = KaplanMeierChart.byGroup("lung", "sex", LungCurves.bySex(), TimeUnit.DAYS);
        Path png = folder.resolve("km.png");
        PngFile.write(chart, png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(900);
        assertThat(image.getHeight()).isEqualTo(chart.height()).isGreaterThan(600);
        // the first curve's colour is drawn
        boolean blue = false;
        for (int y = 0; y < image.getHeight() && !blue; y++) {
            for (int x = 0; x < image.getWidth() && !blue; x++) {
                blue = (image.getRGB(x, y) & 0xffffff) == 0x1f77b4;
            }
        }
        assertThat(blue).isTrue();
    }
}
