package org.precis.molecular.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.precis.survival.data.SurvivalTable;

/** Splitting a table by a column's values, and recoding a text event and "not classified" cells. */
class CohortSplitTest {

    private final SurvivalTable table = SurvivalTable.parseCsv("""
            cohort,months,status,subtype
            1,10,Recurred,LumA
            2,20,Not Recurred,NC
            3,30,Recurred,Basal
            ,40,Not Recurred,LumB
            3,,,Her2
            """);

    @Test
    void splitsByTheValuesGivenAndLeavesOthersOut() {
        CohortSplit split = new CohortSplit("cohort", List.of("1", "2"), List.of("3"));
        assertThat(split.development(table).rowCount()).isEqualTo(2);
        assertThat(split.validation(table).rowCount()).isEqualTo(2);
        assertThat(split.reversed().development(table).rowCount()).isEqualTo(2);
        assertThat(split.reversed().validate()).containsExactly("1", "2");
    }

    @Test
    void refusesAValueInBothCohortsOrNoRow() {
        assertThatThrownBy(() -> new CohortSplit("cohort", List.of("1"), List.of("1", "2")))
                .hasMessageContaining("[1] are in both cohorts");
        assertThatThrownBy(() -> new CohortSplit("cohort", List.of("1"), List.of("9")).validation(table))
                .hasMessageContaining("no row has 'cohort' in [9]");
        assertThatThrownBy(() -> new CohortSplit("centre", List.of("1"), List.of("2")).validation(table))
                .hasMessageContaining("no column 'centre'");
    }

    @Test
    void makesTheTextEventZeroOrOneAndNotClassifiedMissing() {
        SurvivalTable recoded = new CohortRecoding("status", Optional.of("Recurred"), Set.of("NC")).apply(table);
        assertThat(recoded.column("status").isNumeric()).isTrue();
        assertThat(recoded.column("status").number(0)).hasValue(1.0);
        assertThat(recoded.column("status").number(1)).hasValue(0.0);
        assertThat(recoded.column("status").isMissing(4)).isTrue();
        assertThat(recoded.column("subtype").isMissing(1)).isTrue();
        assertThat(recoded.column("subtype").text(0)).hasValue("LumA");
    }

    @Test
    void anEventValueNoRowHoldsIsRefused() {
        assertThatThrownBy(() -> new CohortRecoding("status", Optional.of("Relapse"), Set.of()).apply(table))
                .hasMessageContaining("no row of 'status' holds the event value 'Relapse'");
    }
}
