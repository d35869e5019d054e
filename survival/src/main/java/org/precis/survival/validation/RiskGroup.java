package org.precis.survival.validation;

import java.util.List;

/**
 * Observed against predicted survival in one risk group of a validation cohort (Royston and
 * Altman 2013): the group's Kaplan-Meier curve and, at the same times, the mean of its subjects'
 * predicted survival.
 *
 * @param group 1 for the lowest risk
 * @param size subjects in the group
 * @param times the Kaplan-Meier curve's times (every distinct follow-up time, as R's {@code survfit})
 * @param observed Kaplan-Meier survival at those times
 * @param predicted mean predicted survival at those times
 */
public record RiskGroup(int group, int size, List<Double> times, List<Double> observed, List<Double> predicted) {
    public RiskGroup {
        times = List.copyOf(times);
        observed = List.copyOf(observed);
        predicted = List.copyOf(predicted);
        if (times.size() != observed.size() || times.size() != predicted.size()) {
            throw new IllegalArgumentException("times, observed and predicted differ in length");
        }
    }
}
