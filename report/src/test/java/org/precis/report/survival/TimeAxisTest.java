package org.precis.report.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TimeAxisTest {

    @Test
    void ticksAreRoundAndCoverTheLastTime() {
        assertThat(TimeAxis.covering(1022).ticks()).containsExactly(0, 250, 500, 750, 1000, 1250);
        assertThat(TimeAxis.covering(2557).ticks()).containsExactly(0, 1000, 2000, 3000);
        assertThat(TimeAxis.covering(60).ticks()).containsExactly(0, 20, 40, 60);
        assertThat(TimeAxis.covering(0).ticks()).containsExactly(0, 1);
        assertThat(TimeAxis.label(250)).isEqualTo("250");
        assertThat(TimeAxis.label(2.5)).isEqualTo("2.5");
    }

    @Test
    void refusesAnAxisNotStartingAtZero() {
        assertThatThrownBy(() -> new TimeAxis(new double[] {1, 2})).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unitComesFromTheColumnNameElseDays() {
        assertThat(TimeUnit.fromColumnName("os_months")).isEqualTo(TimeUnit.MONTHS);
        assertThat(TimeUnit.fromColumnName("Years")).isEqualTo(TimeUnit.YEARS);
        assertThat(TimeUnit.fromColumnName("rfstime")).isEqualTo(TimeUnit.DAYS);
    }
}
