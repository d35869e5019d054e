package org.precis.learn.metrics;

/**
 * One bin of a reliability diagram: cases whose top-class probability lies in
 * [{@code lower}, {@code upper}), how many, their mean top-class probability and the fraction
 * whose top class was right.
 */
public record ReliabilityBin(double lower, double upper, int count, double meanConfidence, double accuracy) {}
