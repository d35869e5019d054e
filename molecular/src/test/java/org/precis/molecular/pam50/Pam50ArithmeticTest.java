package org.precis.molecular.pam50;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The small pieces against values R gives for them. */
class Pam50ArithmeticTest {

    @Test
    void quantilesAsRsTypeSeven() {
        // R 4.2: sprintf("%.17g", quantile(c(10, 1, 4, NA, 3, 2), c(0.025, 0.975), na.rm = TRUE))
        TypeSevenQuantile q = new TypeSevenQuantile(new double[] {10, 1, 4, Double.NaN, 3, 2});
        assertThat(q.at(0.025)).isEqualTo(1.1000000000000001);
        assertThat(q.at(0.975)).isEqualTo(9.4000000000000021);
        assertThat(new TypeSevenQuantile(new double[] {Double.NaN}).at(0.5)).isNaN();
        assertThat(new TypeSevenQuantile(new double[] {7}).at(0.975)).isEqualTo(7);
    }

    @Test
    void callsTheFirstOfTiedCorrelationsAndBasalWhenAllAreMissing() {
        assertThat(Pam50Classifier.call(new double[] {0.1, 0.2, 0.5, 0.5, 0.3})).isEqualTo(Pam50Subtype.LUM_A);
        double nan = Double.NaN;
        assertThat(Pam50Classifier.call(new double[] {nan, nan, nan, nan, nan})).isEqualTo(Pam50Subtype.BASAL);
    }

    @Test
    void probabilitiesAreNaNWhenNoCorrelationIsPositive() {
        assertThat(Pam50Classifier.probabilities(new double[] {-0.1, -0.2, 0, -0.5, -0.3}))
                .containsOnly(Double.NaN);
        assertThat(Pam50Classifier.probabilities(new double[] {0.2, -0.2, 0.6, -0.5, 0.2}))
                .containsExactly(0.2, 0, 0.6, 0, 0.2);
    }

    @Test
    void spearmanIsMissingWithThreeGenesAndPresentWithFour() {
        double[][] centroids = {{1, 2, 3, 4, 5}, {2, 3, 4, 5, 1}, {3, 4, 5, 1, 2}, {4, 5, 1, 2, 3}};
        SpearmanCorrelation spearman = new SpearmanCorrelation(centroids);
        assertThat(spearman.of(new double[] {1, 2, 3, Double.NaN})).containsOnly(Double.NaN);
        // R 4.2: cor(1:4, c(5, 1, 2, 3), method = "spearman") printed with %.17g
        double[] r = spearman.of(new double[] {1, 2, 3, 4});
        assertThat(r[0]).isEqualTo(1);
        assertThat(r[4]).isEqualTo(-0.20000000000000001);
    }
}
