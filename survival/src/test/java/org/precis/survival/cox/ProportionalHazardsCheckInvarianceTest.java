package org.precis.survival.cox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.precis.survival.data.CoxDesign;
import org.precis.survival.data.DesignSpec;
import org.precis.survival.data.SurvivalTable;
import org.precis.survival.data.TestData;

/**
 * cox.zph's tests see only risk sets, tie groups and g(t): row order never matters, and with the
 * KM and rank transforms (functions of the order of times) neither does the time unit.
 */
class ProportionalHazardsCheckInvarianceTest {
    private static final SurvivalTable LUNG = TestData.clinical("survival_lung.csv");
    private static final SurvivalTable VETERAN_SPLIT = TestData.coxFixture("veteran_split.csv");
    /** Only summation order changes, so agreement is far tighter than the golden 1e-6. */
    private static final double ROUNDING = 1e-9;

    private static DesignSpec lungSpec() {
        return CoxDesign.builder()
                .time("time")
                .event("status", 2)
                .covariates("age", "ph.ecog", "wt.loss")
                .strata("sex")
                .spec();
    }

    private static DesignSpec splitSpec() {
        return CoxDesign.builder()
                .start("tstart")
                .time("time")
                .event("status")
                .covariates("trt", "celltype", "karno")
                .spec();
    }

    @Property(tries = 10)
    void testsDoNotDependOnRowOrder(@ForAll long seed) {
        for (Ties ties : Ties.values()) {
            for (TimeTransform transform : TimeTransform.values()) {
                assertSameTests(lungSpec(), LUNG, TableTransforms.shuffled(LUNG, seed), ties, transform, true);
                assertSameTests(
                        splitSpec(),
                        VETERAN_SPLIT,
                        TableTransforms.shuffled(VETERAN_SPLIT, seed),
                        ties,
                        transform,
                        true);
            }
        }
    }

    @Property(tries = 10)
    void kmAndRankTestsDoNotDependOnTheTimeUnit(@ForAll @DoubleRange(min = 1e-3, max = 1e3) @Scale(6) double factor) {
        for (Ties ties : Ties.values()) {
            for (TimeTransform transform : List.of(TimeTransform.KM, TimeTransform.RANK)) {
                assertSameTests(
                        lungSpec(), LUNG, TableTransforms.rescaled(LUNG, factor, "time"), ties, transform, false);
                assertSameTests(
                        splitSpec(),
                        VETERAN_SPLIT,
                        TableTransforms.rescaled(VETERAN_SPLIT, factor, "tstart", "time"),
                        ties,
                        transform,
                        false);
            }
        }
    }

    private static void assertSameTests(
            DesignSpec spec,
            SurvivalTable original,
            SurvivalTable changed,
            Ties ties,
            TimeTransform transform,
            boolean sameTimes) {
        ProportionalHazardsCheck a = check(spec.on(original), ties, transform);
        ProportionalHazardsCheck b = check(spec.on(changed), ties, transform);
        assertThat(b.termNames()).isEqualTo(a.termNames());
        for (String term : a.termNames()) {
            assertClose(term, b.termTest(term), a.termTest(term));
        }
        assertClose("GLOBAL", b.global(), a.global());
        assertThat(b.strata()).isEqualTo(a.strata());
        double[] xa = a.transformedTimes();
        double[] xb = b.transformedTimes();
        assertThat(xb).hasSameSizeAs(xa);
        for (int i = 0; i < xa.length; i++) {
            assertThat(RelativeError.of(xb[i], xa[i])).as("x[%d]", i).isLessThanOrEqualTo(ROUNDING);
        }
        if (sameTimes) {
            assertThat(b.times()).containsExactly(a.times());
        }
    }

    private static void assertClose(String what, ChiSquareTest actual, ChiSquareTest expected) {
        assertThat(actual.df()).as(what + " df").isEqualTo(expected.df());
        assertThat(RelativeError.of(actual.statistic(), expected.statistic()))
                .as(what + " chisq")
                .isLessThanOrEqualTo(ROUNDING);
        assertThat(RelativeError.of(actual.p(), expected.p())).as(what + " p").isLessThanOrEqualTo(ROUNDING);
    }

    private static ProportionalHazardsCheck check(CoxDesign design, Ties ties, TimeTransform transform) {
        return ProportionalHazardsCheck.of(CoxModel.fit(design, ties), design, transform);
    }
}
