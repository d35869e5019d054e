package org.precis.survival.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.precis.table.InputDataException;

class CoxDesignTest {
    private static final SurvivalTable SMALL = SurvivalTable.parseCsv(String.join(
            "\n",
            "time,status,age,group,site",
            "5,1,50,b,1",
            "8,0,60,a,1",
            "3,2,,c,2",
            "9,1,70,a,",
            "12,1,55,c,2",
            ""));

    @Test
    void textCovariateBecomesIndicatorsAgainstTheFirstSortedLevel() {
        CoxDesign d = CoxDesign.builder()
                .time("time")
                .event("status")
                .covariates("age", "group")
                .on(SMALL);
        assertThat(d.termNames()).containsExactly("age", "group=b", "group=c");
        assertThat(d.size()).isEqualTo(4);
        assertThat(d.dropped()).as("row with missing age").isEqualTo(1);
        assertThat(d.covariateMatrix()[0]).containsExactly(50, 1, 0);
        assertThat(d.covariateMatrix()[1]).containsExactly(60, 0, 0);
        assertThat(d.event()).containsExactly(true, false, true, true);
    }

    @Test
    void chosenReferenceLevelComesFirst() {
        CoxDesign d = CoxDesign.builder()
                .time("time")
                .event("status")
                .covariates("group")
                .reference("group", "c")
                .on(SMALL);
        assertThat(d.termNames()).containsExactly("group=a", "group=b");
        assertThat(d.encode(Map.of("group", "c"))).containsExactly(0, 0);
    }

    @Test
    void eventValueSelectsTheEventCode() {
        CoxDesign d = CoxDesign.builder()
                .time("time")
                .event("status", 2)
                .covariates("group")
                .on(SMALL);
        assertThat(d.event()).containsExactly(false, false, true, false, false);
        assertThat(d.eventCount()).isEqualTo(1);
    }

    @Test
    void strataAndClusterColumnsDropTheirMissingRowsToo() {
        CoxDesign d = CoxDesign.builder()
                .time("time")
                .event("status")
                .covariates("age")
                .strata("site")
                .cluster("site")
                .on(SMALL);
        assertThat(d.size()).isEqualTo(3);
        assertThat(d.dropped()).isEqualTo(2);
        assertThat(d.strataLabels()).containsExactly("site=1", "site=2");
        assertThat(d.strata()).containsExactly(0, 0, 1);
    }

    @Test
    void unknownColumnIsNamed() {
        assertThatThrownBy(() -> CoxDesign.builder()
                        .time("time")
                        .event("status")
                        .covariates("weight")
                        .on(SMALL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown column 'weight'");
    }

    @Test
    void textInANumericRoleNamesColumnLineAndValue() {
        assertThatThrownBy(() -> CoxDesign.builder()
                        .time("group")
                        .event("status")
                        .covariates("age")
                        .on(SMALL))
                .isInstanceOf(InputDataException.class)
                .hasMessage("line 2: column 'group' must be numeric but holds 'b'");
    }

    @Test
    void timeZeroIsAcceptedAsRsCoxphAcceptsIt() {
        SurvivalTable t = SurvivalTable.parseCsv("time,status,x\n4,1,1\n0,1,2\n3,0,3\n2,1,5\n");
        CoxDesign d =
                CoxDesign.builder().time("time").event("status").covariates("x").on(t);
        assertThat(d.stop()).containsExactly(4, 0, 3, 2);
    }

    @Test
    void startNotBeforeStopIsRefusedWithItsLine() {
        SurvivalTable t = SurvivalTable.parseCsv("t0,t1,status,x\n0,4,1,1\n5,5,1,2\n0,3,0,3\n");
        assertThatThrownBy(() -> CoxDesign.builder()
                        .start("t0")
                        .time("t1")
                        .event("status")
                        .covariates("x")
                        .on(t))
                .isInstanceOf(InputDataException.class)
                .hasMessage("line 3: start 't0' = 5 is not before stop 't1' = 5 (stop time must be > start time)");
    }

    @Test
    void dataWithoutEventsIsRefused() {
        assertThatThrownBy(() -> CoxDesign.builder()
                        .time("time")
                        .event("status", 3)
                        .covariates("age")
                        .on(SMALL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no events")
                .hasMessageContaining("'status'");
    }

    @Test
    void nonPositiveWeightIsRefused() {
        SurvivalTable t = SurvivalTable.parseCsv("time,status,x,w\n4,1,1,1\n2,1,2,0\n3,0,3,1\n");
        assertThatThrownBy(() -> CoxDesign.builder()
                        .time("time")
                        .event("status")
                        .covariates("x")
                        .weights("w")
                        .on(t))
                .isInstanceOf(InputDataException.class)
                .hasMessage("line 3: weight 'w' = 0 must be a finite number > 0");
    }

    @Test
    void unknownReferenceLevelListsTheLevels() {
        assertThatThrownBy(() -> CoxDesign.builder()
                        .time("time")
                        .event("status")
                        .covariates("group")
                        .reference("group", "z")
                        .on(SMALL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'z'")
                .hasMessageContaining("[a, b, c]");
    }
}
