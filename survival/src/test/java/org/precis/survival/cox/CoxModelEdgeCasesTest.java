package org.precis.survival.cox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.precis.survival.data.CoxDesign;
import org.precis.survival.data.SurvivalTable;
import org.precis.survival.data.TestData;

class CoxModelEdgeCasesTest {
    @Test
    void divergingCoefficientIsReturnedWithRsWarning() {
        ReferenceCase ref = ReferenceCase.load("lung_monotone");
        CoxResult r = CoxModel.fit(ref.design(), ref.ties()).result();
        assertThat(ref.json().get("warnings").get(0).asText()).contains("Loglik converged before variable  2");
        assertThat(r.warnings())
                .singleElement()
                .asString()
                .contains("Loglik converged before variable 2 (early)")
                .contains("may be infinite");
        assertThat(r.converged()).isTrue();
    }

    @Test
    void wellBehavedFitHasNoWarnings() {
        ReferenceCase ref = ReferenceCase.load("lung_efron");
        assertThat(CoxModel.fit(ref.design(), ref.ties()).result().warnings()).isEmpty();
    }

    @Test
    void collinearCovariateIsRefusedByName() {
        StringBuilder csv = new StringBuilder("time,status,a,b,c\n");
        for (int i = 1; i <= 30; i++) {
            double a = (i * 7) % 11;
            double b = (i * 5) % 13;
            csv.append(i)
                    .append(',')
                    .append(i % 3 == 0 ? 0 : 1)
                    .append(',')
                    .append(a)
                    .append(',')
                    .append(b)
                    .append(',')
                    .append(2 * a - b)
                    .append('\n');
        }
        CoxDesign d = CoxDesign.builder()
                .time("time")
                .event("status")
                .covariates("a", "b", "c")
                .on(SurvivalTable.parseCsv(csv.toString()));
        assertThatThrownBy(() -> CoxModel.fit(d))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[c]")
                .hasMessageContaining("collinear")
                .hasMessageContaining("NA");
    }

    @Test
    void constantCovariateIsRefusedByName() {
        SurvivalTable lung = TestData.clinical("survival_lung.csv");
        SurvivalTable women = lung.select(java.util.stream.IntStream.range(0, lung.rowCount())
                .filter(i -> lung.column("sex").number(i).getAsDouble() == 2)
                .toArray());
        CoxDesign d = CoxDesign.builder()
                .time("time")
                .event("status", 2)
                .covariates("age", "sex")
                .on(women);
        assertThatThrownBy(() -> CoxModel.fit(d))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'sex' is constant");
    }

    @Test
    void stratifiedLinearPredictorNeedsItsStratum() {
        ReferenceCase ref = ReferenceCase.load("lung_strata");
        CoxModel m = CoxModel.fit(ref.design(), ref.ties());
        assertThatThrownBy(() -> m.linearPredictor(new double[] {60, 1}))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("sex=1");
    }

    @Test
    void curvesStartAtOneAndFall() {
        ReferenceCase ref = ReferenceCase.load("veteran_celltype");
        SurvivalCurve c = CoxModel.fit(ref.design())
                .survivalCurves(ref.design().encode(ref.newdata()))
                .get(0);
        assertThat(c.survivalAt(0)).isEqualTo(1.0);
        double[] t = c.times();
        for (int i = 1; i < t.length; i++) {
            assertThat(c.survivalAt(t[i])).isLessThanOrEqualTo(c.survivalAt(t[i - 1]));
        }
    }
}
