package org.precis.cells.classify;

import org.precis.learn.linear.SoftmaxModel;

/** A softmax head over cell features, the penalty it was fitted with, and its call rule. */
public record FittedCellClassifier(SoftmaxModel head, double penalty, CallRule rule) {}
