package org.precis.survival.validation;

/**
 * Calibration of one risk group at a time point t: the risk the model predicted (1 - the mean
 * predicted survival at t of the group's subjects) against the risk observed (1 - the group's
 * Kaplan-Meier survival at t, with its 95% log-transformed interval).
 *
 * @param group 1 for the lowest risk
 * @param size subjects in the group
 * @param lowerCut the group's lower bound on the linear predictor (exclusive), -infinity for group 1
 * @param upperCut its upper bound (inclusive), +infinity for the highest group
 * @param time t
 * @param numberAtRisk subjects still followed and event-free at t
 * @param events events up to and including t
 * @param predictedRisk 1 - mean predicted survival at t
 * @param observedRisk 1 - Kaplan-Meier survival at t
 * @param observedRiskLower lower 95% limit of the observed risk
 * @param observedRiskUpper upper 95% limit of the observed risk
 */
public record RiskGroupCalibration(
        int group,
        int size,
        double lowerCut,
        double upperCut,
        double time,
        double numberAtRisk,
        double events,
        double predictedRisk,
        double observedRisk,
        double observedRiskLower,
        double observedRiskUpper) {}
