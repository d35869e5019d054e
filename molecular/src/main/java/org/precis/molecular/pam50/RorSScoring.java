package org.precis.molecular.pam50;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * genefu's {@code rorS}: from the correlations of the {@link Pam50Model#PAM50} model (raw values),
 * {@code 0.05 Basal + 0.12 Her2 - 0.34 LumA + 0.23 LumB}, rescaled over the cohort scored together
 * so that its 2.5% quantile is 0 and its 97.5% quantile 100 (type-7), clipped to [0, 100]. A
 * sample's score therefore depends on the cohort it is scored with.
 */
public final class RorSScoring {

    static final double BASAL = 0.05;
    static final double HER2 = 0.12;
    static final double LUM_A = 0.34;
    static final double LUM_B = 0.23;

    /** Scores every sample of the cohort; {@code calls} from {@link Pam50Model#PAM50}. */
    public List<RorS> score(List<Pam50Call> calls) {
        double[] unscaled = new double[calls.size()];
        for (int i = 0; i < unscaled.length; i++) {
            Pam50Call call = calls.get(i);
            unscaled[i] = BASAL * call.correlation(Pam50Subtype.BASAL)
                    + HER2 * call.correlation(Pam50Subtype.HER2)
                    - LUM_A * call.correlation(Pam50Subtype.LUM_A)
                    + LUM_B * call.correlation(Pam50Subtype.LUM_B);
        }
        TypeSevenQuantile quantile = new TypeSevenQuantile(unscaled);
        double low = quantile.at(0.025);
        double high = quantile.at(0.975);
        List<RorS> scores = new ArrayList<>(calls.size());
        for (int i = 0; i < unscaled.length; i++) {
            double score = (unscaled[i] - low) / (high - low) * 100;
            if (!Double.isNaN(score)) {
                score = Math.max(0, Math.min(100, score));
            }
            scores.add(new RorS(
                    calls.get(i).sample(),
                    score,
                    Double.isNaN(score) ? Optional.empty() : Optional.of(RorSRisk.of(score))));
        }
        return scores;
    }
}
