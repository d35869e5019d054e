package org.precis.survival.cox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.precis.survival.cox.RelativeError.assertClose;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every case of make_zph_reference.R, compared with R's cox.zph (survival 3.5-3) to each quantity's relative tolerance (RelativeError). */
class ProportionalHazardsCheckMatchesRTest {
    static List<String> allCases() {
        return List.of(
                "zph_lung_efron_km",
                "zph_lung_efron_identity",
                "zph_lung_efron_rank",
                "zph_lung_efron_log",
                "zph_lung_breslow_km",
                "zph_lung_breslow_identity",
                "zph_veteran_celltype_km",
                "zph_veteran_celltype_identity",
                "zph_lung_strata_km",
                "zph_lung_strata_identity",
                "zph_lung_weights_km",
                "zph_rotterdam_rfs_km",
                "zph_veteran_split_km",
                "zph_veteran_split_breslow_identity",
                "zph_lung_constant_in_stratum_km",
                "zph_lung_ecog_strata_km",
                "zph_lung_years_timefix_km",
                "zph_lung_years_timefix_identity",
                "zph_lung_cluster_km",
                "zph_lung_fractional_weights_rank");
    }

    private static ProportionalHazardsCheck check(ReferenceCase ref) {
        TimeTransform transform =
                TimeTransform.valueOf(ref.json().get("transform").asText().toUpperCase(Locale.ROOT));
        return ProportionalHazardsCheck.of(CoxModel.fit(ref.design(), ref.ties()), ref.design(), transform);
    }

    @ParameterizedTest
    @MethodSource("allCases")
    void termAndGlobalTestsMatchCoxZphTable(String name) {
        ReferenceCase ref = ReferenceCase.load(name);
        ProportionalHazardsCheck zph = check(ref);
        JsonNode terms = ref.json().get("terms");
        int nterm = terms.size() - 1;
        assertThat(terms.get(nterm).asText()).isEqualTo("GLOBAL");
        double[] chisq = new double[nterm + 1];
        double[] df = new double[nterm + 1];
        double[] p = new double[nterm + 1];
        for (int t = 0; t <= nterm; t++) {
            ChiSquareTest test = t < nterm ? zph.termTest(terms.get(t).asText()) : zph.global();
            chisq[t] = test.statistic();
            df[t] = test.df();
            p[t] = test.p();
        }
        assertThat(zph.termNames()).hasSize(nterm);
        assertClose("chisq", chisq, ref.numbers("chisq"), RelativeError.ZPH_TESTS);
        assertThat(df).containsExactly(ref.numbers("df"));
        assertClose("p", p, ref.numbers("p"), RelativeError.ZPH_TESTS);
    }

    @ParameterizedTest
    @MethodSource("allCases")
    void eventTimesAndTransformedTimesMatchZphTimeAndX(String name) {
        ReferenceCase ref = ReferenceCase.load(name);
        ProportionalHazardsCheck zph = check(ref);
        assertClose("time", zph.times(), ref.numbers("time"), RelativeError.ZPH_TIMES);
        assertClose("x", zph.transformedTimes(), ref.numbers("x"), RelativeError.ZPH_TIMES);
        if (ref.has("strata")) {
            List<String> expected = new ArrayList<>();
            ref.json().get("strata").forEach(s -> expected.add(s.asText()));
            assertThat(zph.strata()).isEqualTo(expected);
        } else {
            assertThat(zph.strata()).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("allCases")
    void scaledResidualsAndVarianceMatchZphYAndVar(String name) {
        ReferenceCase ref = ReferenceCase.load(name);
        ProportionalHazardsCheck zph = check(ref);
        JsonNode rows = ref.json().get("y_rows");
        JsonNode y = ref.json().get("y");
        for (int r = 0; r < rows.size(); r++) {
            int event = rows.get(r).asInt() - 1;
            JsonNode expected = y.get(r);
            for (int t = 0; t < expected.size(); t++) {
                OptionalDouble actual = zph.scaledResidual(event, t);
                if (expected.get(t).isNull()) {
                    assertThat(actual)
                            .as("y[%d, %d] is NA in R", event + 1, t + 1)
                            .isEmpty();
                } else {
                    assertThat(actual).as("y[%d, %d]", event + 1, t + 1).isPresent();
                    assertClose(
                            "y[" + (event + 1) + ", " + (t + 1) + "]",
                            actual.getAsDouble(),
                            ReferenceCase.number(expected.get(t)),
                            RelativeError.ZPH_RESIDUALS);
                }
            }
        }
        double[][] var = zph.variance();
        JsonNode expectedVar = ref.json().get("var");
        assertThat(var).hasNumberOfRows(expectedVar.size());
        for (int i = 0; i < var.length; i++) {
            double[] row = new double[expectedVar.get(i).size()];
            for (int j = 0; j < row.length; j++) {
                row[j] = ReferenceCase.number(expectedVar.get(i).get(j));
            }
            assertClose("var[" + i + "]", var[i], row, RelativeError.ZPH_VARIANCE);
        }
    }
}
