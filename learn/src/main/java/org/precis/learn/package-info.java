/**
 * Models learned on tile embeddings: patch classifiers (and later slide-level MIL models), their
 * training with cross-validation, evaluation metrics with bootstrap confidence intervals,
 * calibration, and the provenance a saved model carries.
 */
package org.precis.learn;
