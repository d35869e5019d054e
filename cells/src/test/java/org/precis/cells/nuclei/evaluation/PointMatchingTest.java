package org.precis.cells.nuclei.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.testing.SampleData;

class PointMatchingTest {

    @Test
    void pairsAsManyAsPossibleWhereNearestFirstWouldNot() {
        // a0 is nearest to d0, but d0 is a1's only neighbour: greedy by distance pairs one, the optimum two
        // a0 (x 0) is nearest to d0 (x 0.5), which is a1's (x 1.8) only neighbour; d1 (x -1.5) reaches
        // only a0: nearest-first pairs a0-d0 and stops at one pair, the optimum pairs a0-d1 and a1-d0
        int[] match = new PointMatching(2)
                .match(new double[] {0, 1.8}, new double[] {0, 0}, new double[] {0.5, -1.5}, new double[] {0, 0});
        assertThat(match).containsExactly(1, 0);
    }

    @Test
    void pairsOnlyWithinTheRadiusAndOnlyOnce() {
        int[] match = new PointMatching(1)
                .match(new double[] {0, 0.1, 5}, new double[] {0, 0, 0}, new double[] {0.05}, new double[] {0});
        assertThat(match).containsExactly(0, -1, -1);
    }

    @Test
    void readsBrecahadAnnotationsAndRefusesMalformedFiles(@TempDir Path dir) throws IOException {
        List<AnnotatedPoint> points =
                PointAnnotations.read(SampleData.path("samples/cells/brecahad/annotations/Case_12-01.csv"));
        assertThat(points).isNotEmpty();
        assertThat(points).extracting(AnnotatedPoint::className).contains("tumor");
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "x,y,class\n1,2,tumor\n3,x,tumor\n");
        assertThatThrownBy(() -> PointAnnotations.read(bad)).hasMessageStartingWith(bad + ": line 3:");
        Files.writeString(bad, "a,b\n");
        assertThatThrownBy(() -> PointAnnotations.read(bad)).hasMessage(bad + ": expected the header x,y,class");
    }

    @Test
    void recallCountsNucleusClassesAndIgnoresTheOthers() {
        RecallEvaluation evaluation = new RecallEvaluation(List.of("tumor", "mitosis"), 4, 0.5);
        var result = evaluation.evaluate(
                List.of(
                        new AnnotatedPoint(10, 10, "tumor"),
                        new AnnotatedPoint(50, 50, "mitosis"),
                        new AnnotatedPoint(90, 90, "tubule")),
                List.of(nucleusAt(12, 11), nucleusAt(90, 90)));
        assertThat(result.get("tumor")).isEqualTo(new ClassRecall("tumor", 1, 1));
        assertThat(result.get("mitosis")).isEqualTo(new ClassRecall("mitosis", 1, 0));
        assertThat(result.get(RecallEvaluation.ALL).recall()).isEqualTo(0.5);
        assertThat(result).doesNotContainKey("tubule");
    }

    private static org.precis.cells.nuclei.Nucleus nucleusAt(double x, double y) {
        var ring = new org.precis.imaging.outline.Ring(List.of(
                new org.precis.imaging.outline.Vertex(x - 1, y - 1),
                new org.precis.imaging.outline.Vertex(x + 1, y - 1),
                new org.precis.imaging.outline.Vertex(x + 1, y + 1)));
        var m = new org.precis.cells.nuclei.NucleusMeasurements(1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0);
        return new org.precis.cells.nuclei.Nucleus(new org.precis.imaging.outline.Polygon(ring, List.of()), x, y, m);
    }
}
