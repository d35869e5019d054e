package org.precis.report.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.learn.metrics.ClassProbabilities;
import org.precis.learn.metrics.Reliability;
import org.precis.learn.metrics.ReliabilityBin;
import org.precis.report.figure.PngFile;

class ReliabilityChartTest {

    @TempDir
    Path folder;

    /** 120 cases of 3 classes whose true class gets a head start of 1.5 on the log scale. */
    private static Reliability reliability() {
        SplittableRandom random = new SplittableRandom(2);
        int n = 120;
        int[] truth = new int[n];
        double[][] p = new double[n][];
        for (int i = 0; i < n; i++) {
            truth[i] = i % 3;
            double[] scores = new double[3];
            double sum = 0;
            for (int k = 0; k < 3; k++) {
                scores[k] = Math.exp((k == truth[i] ? 1.5 : 0) + random.nextGaussian());
                sum += scores[k];
            }
            for (int k = 0; k < 3; k++) {
                scores[k] /= sum;
            }
            p[i] = scores;
        }
        return Reliability.of(new ClassProbabilities(truth, p, 3), 10);
    }

    @Test
    void labelsEveryPointWithItsBinCount() {
        Reliability reliability = reliability();
        ReliabilityChart chart = new ReliabilityChart("test", reliability);
        assertThat(chart.binLabels()).hasSize(reliability.bins().size());
        for (int i = 0; i < reliability.bins().size(); i++) {
            assertThat(chart.binLabels().get(i))
                    .isEqualTo("n=" + reliability.bins().get(i).count());
        }
        assertThat(reliability.bins().stream().mapToInt(ReliabilityBin::count).sum())
                .isEqualTo(120);
        assertThat(chart.chart().getSeriesMap())
                .containsKey("model (120 cases, " + reliability.bins().size() + " bins)");
        assertThat(chart.chart().getTitle()).contains("ECE");
    }

    @Test
    void rendersAPngOfTheFiguresSize() throws Exception {
        ReliabilityChart chart = new ReliabilityChart("test", reliability());
        Path png = folder.resolve("reliability.png");
        PngFile.write(chart, png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(700);
        assertThat(image.getHeight()).isEqualTo(chart.height()).isGreaterThan(600);
        boolean blue = false;
        for (int y = 0; y < image.getHeight() && !blue; y++) {
            for (int x = 0; x < image.getWidth() && !blue; x++) {
                blue = (image.getRGB(x, y) & 0xffffff) == 0x1f77b4;
            }
        }
        assertThat(blue).isTrue();
    }
}
