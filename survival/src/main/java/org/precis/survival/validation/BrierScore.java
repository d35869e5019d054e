package org.precis.survival.validation;

import java.util.TreeSet;
import org.precis.survival.km.RightCensoredSample;

/**
 * The Brier score of predicted survival with inverse-probability-of-censoring weights (Graf et al.
 * 1999):
 *
 * <pre>
 *   BS(t) = 1/n sum_i [ I(T_i &lt;= t, delta_i = 1) S(t|x_i)^2 / G(T_i-) + I(T_i &gt; t) (1 - S(t|x_i))^2 / G(t) ]
 * </pre>
 *
 * G the reverse Kaplan-Meier of censoring ({@code survfit(Surv(time, 1 - status) ~ 1)}), n the
 * sum of the case weights. Subjects censored by t contribute through the weights only. The
 * integrated score is {@code (1/tau) * integral_0^tau BS(t) dt} by the trapezoid rule over 0, the
 * distinct event times before tau, and tau. survival 3.5-3's internal {@code brier()} scores a
 * fit on its own data and divides by the summed IPC weights instead of n, so the reference script
 * writes the formula out.
 */
public final class BrierScore {
    private final RightCensoredSample sample;
    private final SurvivalPredictions predictions;
    private final CensoringDistribution censoring;

    public BrierScore(RightCensoredSample sample, SurvivalPredictions predictions) {
        this.sample = sample;
        this.predictions = predictions;
        this.censoring = CensoringDistribution.of(sample, CensoringDistribution.TiedEvents.AT_RISK);
    }

    /** BS(t). */
    public double at(double t) {
        if (!Double.isFinite(t) || t < 0) {
            throw new IllegalArgumentException("time t must be finite and >= 0, got " + t);
        }
        double[] s = predictions.at(t);
        int n = sample.size();
        if (s.length != n) {
            throw new IllegalArgumentException("predictions give " + s.length + " values for " + n + " subjects");
        }
        double gt = censoring.at(t);
        double total = 0;
        double weight = 0;
        for (int i = 0; i < n; i++) {
            double ti = sample.time(i);
            double wi = sample.weight(i);
            weight += wi;
            if (ti <= t && sample.event(i)) {
                total += wi * s[i] * s[i] / censoring.justBefore(ti);
            } else if (ti > t) {
                total += wi * (1 - s[i]) * (1 - s[i]) / gt;
            }
        }
        return total / weight;
    }

    /** The integrated Brier score over [0, tau], divided by tau. */
    public double integrated(double tau) {
        if (!Double.isFinite(tau) || tau <= 0) {
            throw new IllegalArgumentException("tau must be positive and finite, got " + tau);
        }
        TreeSet<Double> grid = new TreeSet<>();
        grid.add(0.0);
        for (int i = 0; i < sample.size(); i++) {
            if (sample.event(i) && sample.time(i) < tau) {
                grid.add(sample.time(i));
            }
        }
        grid.add(tau);
        double area = 0;
        double previousTime = Double.NaN;
        double previousScore = Double.NaN;
        for (double t : grid) {
            double score = at(t);
            if (!Double.isNaN(previousTime)) {
                area += (t - previousTime) * (previousScore + score) / 2;
            }
            previousTime = t;
            previousScore = score;
        }
        return area / tau;
    }
}
