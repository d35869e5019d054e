package org.precis.survival.cox;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.precis.survival.data.CoxDesign;
import org.precis.survival.data.DesignSpec;
import org.precis.survival.data.SurvivalTable;
import org.precis.survival.data.TestData;

/** The partial likelihood sees only the order of times and the risk sets: neither row order nor time units matter. */
class CoxModelInvarianceTest {
    private static final SurvivalTable LUNG = TestData.clinical("survival_lung.csv");
    private static final SurvivalTable VETERAN_SPLIT = TestData.coxFixture("veteran_split.csv");
    /** Only summation order changes, so agreement is far tighter than the golden 1e-6. */
    private static final double ROUNDING = 1e-9;

    private static DesignSpec lungSpec() {
        return CoxDesign.builder()
                .time("time")
                .event("status", 2)
                .covariates("age", "sex", "ph.ecog", "wt.loss")
                .strata("inst")
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

    @Property(tries = 15)
    void coefficientsDoNotDependOnRowOrder(@ForAll long seed) {
        for (Ties ties : Ties.values()) {
            assertSameFit(lungSpec(), LUNG, TableTransforms.shuffled(LUNG, seed), ties);
            assertSameFit(splitSpec(), VETERAN_SPLIT, TableTransforms.shuffled(VETERAN_SPLIT, seed), ties);
        }
    }

    @Property(tries = 15)
    void coefficientsDoNotDependOnTheTimeUnit(@ForAll @DoubleRange(min = 1e-3, max = 1e3) @Scale(6) double factor) {
        for (Ties ties : Ties.values()) {
            assertSameFit(lungSpec(), LUNG, TableTransforms.rescaled(LUNG, factor, "time"), ties);
            assertSameFit(
                    splitSpec(),
                    VETERAN_SPLIT,
                    TableTransforms.rescaled(VETERAN_SPLIT, factor, "tstart", "time"),
                    ties);
        }
    }

    private static void assertSameFit(DesignSpec spec, SurvivalTable original, SurvivalTable changed, Ties ties) {
        CoxResult a = CoxModel.fit(spec.on(original), ties).result();
        CoxResult b = CoxModel.fit(spec.on(changed), ties).result();
        for (int k = 0; k < a.terms().size(); k++) {
            assertThat(RelativeError.of(
                            b.terms().get(k).coef(), a.terms().get(k).coef()))
                    .as(a.terms().get(k).name())
                    .isLessThanOrEqualTo(ROUNDING);
            assertThat(RelativeError.of(b.terms().get(k).se(), a.terms().get(k).se()))
                    .isLessThanOrEqualTo(ROUNDING);
        }
        assertThat(RelativeError.of(b.loglik(), a.loglik())).isLessThanOrEqualTo(ROUNDING);
    }
}
