/**
 * Classification metrics on predicted class probabilities: accuracy, ROC AUC (Mann-Whitney),
 * one-vs-rest and pairwise AUC, multiclass Brier score, confusion matrix, reliability bins, and
 * percentile bootstrap confidence intervals with a caller-given random generator.
 */
package org.precis.learn.metrics;
