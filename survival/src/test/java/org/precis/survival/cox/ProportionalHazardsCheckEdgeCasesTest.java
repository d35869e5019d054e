package org.precis.survival.cox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.precis.survival.data.Column;
import org.precis.survival.data.CoxDesign;
import org.precis.survival.data.SurvivalTable;

class ProportionalHazardsCheckEdgeCasesTest {
    private static SurvivalTable table(int firstTime) {
        StringBuilder csv = new StringBuilder("time,status,a,b\n");
        for (int i = 0; i < 40; i++) {
            csv.append(i == 0 ? firstTime : i * 3 % 37 + 1)
                    .append(',')
                    .append(i % 4 == 0 ? 0 : 1)
                    .append(',')
                    .append((i * 7) % 11)
                    .append(',')
                    .append((i * 5) % 3)
                    .append('\n');
        }
        return SurvivalTable.parseCsv(csv.toString());
    }

    private static CoxDesign design(SurvivalTable t, String... covariates) {
        return CoxDesign.builder()
                .time("time")
                .event("status")
                .covariates(covariates)
                .on(t);
    }

    @Test
    void aDesignWithOtherColumnsThanTheModelIsRefused() {
        SurvivalTable t = table(5);
        CoxModel fit = CoxModel.fit(design(t, "a", "b"));
        assertThatThrownBy(() -> ProportionalHazardsCheck.of(fit, design(t, "a"), TimeTransform.KM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[a]")
                .hasMessageContaining("[a, b]");
        CoxDesign fewerRows =
                design(t.select(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}), "a", "b");
        assertThatThrownBy(() -> ProportionalHazardsCheck.of(fit, fewerRows, TimeTransform.KM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("16 rows")
                .hasMessageContaining("40");
    }

    @Test
    void theLogTransformRefusesATimeOfZero() {
        // right-censored designs refuse time 0 themselves; a (start, stop] interval may end at 0
        SurvivalTable t = table(0);
        double[] start = new double[t.rowCount()];
        Arrays.fill(start, -1);
        CoxDesign d = CoxDesign.builder()
                .start("t0")
                .time("time")
                .event("status")
                .covariates("a", "b")
                .on(t.withColumn(Column.numeric("t0", start)));
        CoxModel fit = CoxModel.fit(d);
        assertThat(ProportionalHazardsCheck.of(fit, d, TimeTransform.KM)
                        .global()
                        .df())
                .isEqualTo(2);
        assertThatThrownBy(() -> ProportionalHazardsCheck.of(fit, d, TimeTransform.LOG))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive")
                .hasMessageContaining("row 1");
    }

    @Test
    void aMissingTransformIsRefused() {
        CoxDesign d = design(table(5), "a", "b");
        assertThatThrownBy(() -> ProportionalHazardsCheck.of(CoxModel.fit(d), d, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("transform");
    }

    @Test
    void resultsCannotBeChangedThroughTheirAccessors() {
        CoxDesign d = design(table(5), "a", "b");
        ProportionalHazardsCheck zph = ProportionalHazardsCheck.of(CoxModel.fit(d), d, TimeTransform.KM);
        double first = zph.times()[0];
        zph.times()[0] = -1;
        zph.transformedTimes()[0] = -1;
        zph.variance()[0][0] = -1;
        assertThat(zph.times()[0]).isEqualTo(first);
        assertThat(zph.transformedTimes()[0]).isNotEqualTo(-1);
        assertThat(zph.variance()[0][0]).isPositive();
        assertThatThrownBy(() -> zph.termTests().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> zph.termTest("c"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[a, b]");
        assertThat(zph.eventCount()).isEqualTo(30);
    }

    /** R: at 1e-6 the statistics are unchanged (rcond near 1e-12); at 1e-9 solve() fails (rcond 1.0091e-18). */
    @Test
    void aCovariateInTinyUnitsIsRefusedOnlyWhereRRefusesIt() {
        SurvivalTable t = table(5);
        CoxDesign plain = design(t, "a", "b");
        ProportionalHazardsCheck x = ProportionalHazardsCheck.of(CoxModel.fit(plain), plain, TimeTransform.KM);
        CoxDesign micro = design(withAScaled(t, 1e-6), "a", "b");
        ProportionalHazardsCheck y = ProportionalHazardsCheck.of(CoxModel.fit(micro), micro, TimeTransform.KM);
        for (String term : x.termNames()) {
            assertThat(RelativeError.of(
                            y.termTest(term).statistic(), x.termTest(term).statistic()))
                    .isLessThan(1e-6);
        }
        assertThat(RelativeError.of(y.global().statistic(), x.global().statistic()))
                .isLessThan(1e-6);
        CoxDesign nano = design(withAScaled(t, 1e-9), "a", "b");
        CoxModel fit = CoxModel.fit(nano);
        assertThatThrownBy(() -> ProportionalHazardsCheck.of(fit, nano, TimeTransform.KM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("singular");
    }

    private static SurvivalTable withAScaled(SurvivalTable t, double factor) {
        double[] a = new double[t.rowCount()];
        for (int i = 0; i < a.length; i++) {
            a[i] = t.column("a").number(i).orElseThrow() * factor;
        }
        return t.withColumn(Column.numeric("a", a));
    }
}
