/**
 * Survival figures: Kaplan-Meier curves with their confidence intervals, censoring marks and a
 * numbers-at-risk table aligned with the time axis; and the figures of an external validation (a
 * calibration plot of predicted against observed risk at a time point, and the observed and
 * predicted curves by risk group); one patient's curve predicted by a saved Cox model. Draws what {@code survival} computed; computes nothing new.
 */
package org.precis.report.survival;
