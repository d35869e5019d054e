package org.precis.survival.validation;

import static org.precis.survival.validation.Reference.assertRelative;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.precis.survival.data.Column;
import org.precis.survival.data.SurvivalTable;
import org.precis.survival.km.RightCensoredSample;

class ConcordanceMatchesRTest {
    private static final JsonNode R = Reference.load("lung_concordance");

    /** lung rows with ph.ecog present: outcome, ph.ecog, and ph.ecog + age / 100 (a score with few ties). */
    private record Lung(RightCensoredSample sample, double[] ecog, double[] score) {
        static Lung load() {
            SurvivalTable t = Reference.clinical("survival_lung.csv");
            Column time = t.column("time");
            Column status = t.column("status");
            Column ecog = t.column("ph.ecog");
            Column age = t.column("age");
            List<double[]> rows = new ArrayList<>();
            for (int r = 0; r < t.rowCount(); r++) {
                if (!ecog.isMissing(r)) {
                    rows.add(new double[] {
                        time.number(r).getAsDouble(),
                        status.number(r).getAsDouble(),
                        ecog.number(r).getAsDouble(),
                        age.number(r).getAsDouble()
                    });
                }
            }
            int n = rows.size();
            double[] times = new double[n];
            boolean[] events = new boolean[n];
            double[] e = new double[n];
            double[] s = new double[n];
            for (int i = 0; i < n; i++) {
                double[] row = rows.get(i);
                times[i] = row[0];
                events[i] = row[1] == 2;
                e[i] = row[2];
                s[i] = row[2] + row[3] / 100;
            }
            return new Lung(RightCensoredSample.of(times, events), e, s);
        }
    }

    private static final Lung LUNG = Lung.load();

    @Test
    void harrellsCOfATiedScoreMatchesRConcordance() {
        ConcordanceIndex c = HarrellC.of(LUNG.sample(), LUNG.ecog());
        assertRelative("C", c.concordance(), R.get("ecog_c").asDouble(), Reference.CONCORDANCE);
        assertRelative("se", c.standardError(), R.get("ecog_se").asDouble(), Reference.CONCORDANCE);
    }

    @Test
    void harrellsCOfAContinuousScoreMatchesRConcordance() {
        ConcordanceIndex c = HarrellC.of(LUNG.sample(), LUNG.score());
        assertRelative("C", c.concordance(), R.get("score_c").asDouble(), Reference.CONCORDANCE);
        assertRelative("se", c.standardError(), R.get("score_se").asDouble(), Reference.CONCORDANCE);
    }

    @Test
    void unosCTruncatedAtTauMatchesRTimewtNG2() {
        ConcordanceIndex c = UnoC.of(LUNG.sample(), LUNG.score(), 500);
        assertRelative("C", c.concordance(), R.get("uno_score_500_c").asDouble(), Reference.CONCORDANCE);
        assertRelative("se", c.standardError(), R.get("uno_score_500_se").asDouble(), Reference.CONCORDANCE);
    }

    @Test
    void unosCWithoutTruncationMatchesR() {
        ConcordanceIndex c = UnoC.of(LUNG.sample(), LUNG.ecog(), Double.POSITIVE_INFINITY);
        assertRelative("C", c.concordance(), R.get("uno_ecog_c").asDouble(), Reference.CONCORDANCE);
        assertRelative("se", c.standardError(), R.get("uno_ecog_se").asDouble(), Reference.CONCORDANCE);
    }

    @Test
    void timeDependentAucOfATiedMarkerMatchesTheIpcwFormulaInR() {
        assertRelative(
                "AUC(180)",
                TimeDependentAuc.at(LUNG.sample(), LUNG.ecog(), 180),
                R.get("td_auc_ecog_180").asDouble(),
                Reference.IPCW);
        assertRelative(
                "AUC(365)",
                TimeDependentAuc.at(LUNG.sample(), LUNG.score(), 365),
                R.get("td_auc_score_365").asDouble(),
                Reference.IPCW);
    }
}
