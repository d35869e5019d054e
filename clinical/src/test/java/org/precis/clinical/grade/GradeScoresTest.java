package org.precis.clinical.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GradeScoresTest {
    @Test
    void everyScoreCombinationGetsTheElstonEllisGrade() {
        int checked = 0;
        for (int t = 1; t <= 3; t++) {
            for (int p = 1; p <= 3; p++) {
                for (int m = 1; m <= 3; m++) {
                    GradeScores scores = new GradeScores(t, p, m);
                    int total = t + p + m;
                    NottinghamGrade expected = total <= 5
                            ? NottinghamGrade.GRADE_1
                            : total <= 7 ? NottinghamGrade.GRADE_2 : NottinghamGrade.GRADE_3;
                    assertThat(scores.total()).isEqualTo(total);
                    assertThat(scores.grade()).as("%d+%d+%d", t, p, m).isEqualTo(expected);
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(27);
    }

    @Test
    void bandEdgesFallAsPublished() {
        assertThat(new GradeScores(1, 1, 1).grade()).isEqualTo(NottinghamGrade.GRADE_1);
        assertThat(new GradeScores(1, 2, 2).grade()).isEqualTo(NottinghamGrade.GRADE_1); // 5
        assertThat(new GradeScores(2, 2, 2).grade()).isEqualTo(NottinghamGrade.GRADE_2); // 6
        assertThat(new GradeScores(3, 2, 2).grade()).isEqualTo(NottinghamGrade.GRADE_2); // 7
        assertThat(new GradeScores(3, 3, 2).grade()).isEqualTo(NottinghamGrade.GRADE_3); // 8
        assertThat(new GradeScores(3, 3, 3).grade()).isEqualTo(NottinghamGrade.GRADE_3);
    }

    @Test
    void scoresOutsideOneToThreeAreRefusedByName() {
        assertThatThrownBy(() -> new GradeScores(0, 2, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tubule formation");
        assertThatThrownBy(() -> new GradeScores(2, 4, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nuclear pleomorphism");
        assertThatThrownBy(() -> new GradeScores(2, 2, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mitotic count");
        assertThatThrownBy(() -> NottinghamGrade.of(4)).isInstanceOf(IllegalArgumentException.class);
    }
}
