package org.precis.learn.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.precis.learn.ClassifierHead;
import org.precis.learn.linear.MultinomialLogisticRegression;
import org.precis.learn.linear.SoftmaxModel;

/** Multinomial L2 logistic regression over a grid of penalties λ (strongest first). */
public final class LogisticHeads implements HeadFamily {

    /**
     * Gradient tolerance of the fits that only score a setting: log losses that differ in the
     * fifth digit choose the same penalty, and these fits are most of the training time.
     */
    static final double SCORING_TOLERANCE = 1e-5;

    private final List<Double> penalties;

    public LogisticHeads(List<Double> penalties) {
        if (penalties == null || penalties.isEmpty()) {
            throw new IllegalArgumentException("need at least one L2 penalty");
        }
        this.penalties =
                penalties.stream().sorted((a, b) -> Double.compare(b, a)).toList();
    }

    public List<Double> penalties() {
        return penalties;
    }

    @Override
    public String name() {
        return "multinomial_logistic_l2";
    }

    @Override
    public int settingCount() {
        return penalties.size();
    }

    @Override
    public String describe(int setting) {
        return "logistic λ=" + String.format(Locale.ROOT, "%s", penalties.get(setting));
    }

    @Override
    public List<ClassifierHead> fitForScoring(double[][] rows, int[] classIndex, int classCount) {
        // Strongest penalty first, each fit starting from the previous one's weights.
        List<ClassifierHead> heads = new ArrayList<>();
        SoftmaxModel previous = null;
        for (double penalty : penalties) {
            previous = new MultinomialLogisticRegression(penalty, 2000, SCORING_TOLERANCE)
                    .fit(rows, classIndex, classCount, previous);
            heads.add(previous);
        }
        return heads;
    }

    @Override
    public ClassifierHead fit(int setting, double[][] rows, int[] classIndex, int classCount) {
        return new MultinomialLogisticRegression(penalties.get(setting)).fit(rows, classIndex, classCount);
    }
}
