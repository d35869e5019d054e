package org.precis.cells.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MitoticScoreTableTest {

    @Test
    void coversEveryHundredthOfAMillimetreFrom040To069() {
        List<MitoticCutoffs> rows = MitoticScoreTable.rows();
        assertThat(rows).hasSize(30);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).fieldDiameterMm()).isEqualTo((40 + i) / 100.0);
            assertThat(MitoticScoreTable.forDiameter((40 + i) / 100.0)).isSameAs(rows.get(i));
        }
    }

    @Test
    void everyRowScoresItsBoundariesAsTheTableStates() {
        for (MitoticCutoffs row : MitoticScoreTable.rows()) {
            assertThat(row.score(0)).isEqualTo(1);
            assertThat(row.score(row.score1Max())).isEqualTo(1);
            assertThat(row.score(row.score1Max() + 1)).isEqualTo(2);
            assertThat(row.score(row.score2Max())).isEqualTo(2);
            assertThat(row.score(row.score2Max() + 1)).isEqualTo(3);
            assertThat(row.score(1000)).isEqualTo(3);
        }
    }

    @Test
    void rowsCheckedAgainstIndependentSourcesHaveThePublishedCutoffs() {
        // 0.50 mm: <= 7, 8-14, >= 15 (the table's usual example).
        assertThat(MitoticScoreTable.forDiameter(0.50)).isEqualTo(new MitoticCutoffs(0.50, 7, 14));
        // 0.59 mm, 0.274 mm²: Elston and Ellis's own microscope, < 10, 10-19, >= 20.
        assertThat(MitoticScoreTable.forDiameter(0.59)).isEqualTo(new MitoticCutoffs(0.59, 9, 19));
        assertThat(MitoticScoreTable.forDiameter(0.59).fieldAreaMm2())
                .isCloseTo(0.274, org.assertj.core.data.Offset.offset(0.001));
        // 0.63 mm, 0.31 mm²: 0-11, 12-22, > 22.
        assertThat(MitoticScoreTable.forDiameter(0.63)).isEqualTo(new MitoticCutoffs(0.63, 11, 22));
        // Extremes of the table.
        assertThat(MitoticScoreTable.forDiameter(0.40)).isEqualTo(new MitoticCutoffs(0.40, 4, 9));
        assertThat(MitoticScoreTable.forDiameter(0.69)).isEqualTo(new MitoticCutoffs(0.69, 13, 27));
    }

    @Test
    void cutoffsNeverFallAsTheFieldGrows() {
        List<MitoticCutoffs> rows = MitoticScoreTable.rows();
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i).score1Max())
                    .isGreaterThanOrEqualTo(rows.get(i - 1).score1Max());
            assertThat(rows.get(i).score2Max())
                    .isGreaterThanOrEqualTo(rows.get(i - 1).score2Max());
        }
    }

    @Test
    void aDiameterIsLookedUpAtTheNearestHundredth() {
        assertThat(MitoticScoreTable.forDiameter(0.5049).fieldDiameterMm()).isEqualTo(0.50);
        assertThat(MitoticScoreTable.forDiameter(0.5051).fieldDiameterMm()).isEqualTo(0.51);
        assertThat(MitoticScoreTable.forDiameter(0.3951).fieldDiameterMm()).isEqualTo(0.40);
    }

    @Test
    void refusesDiametersOutsideTheTableAndNegativeCounts() {
        for (double absurd : new double[] {0.39, 0.70, 0, -0.5, 5, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> MitoticScoreTable.forDiameter(absurd))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("field diameter");
        }
        assertThatThrownBy(() -> MitoticScoreTable.forDiameter(0.5).score(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("negative");
    }
}
