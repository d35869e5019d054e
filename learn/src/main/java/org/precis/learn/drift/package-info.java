/**
 * Drift of a site's patches away from what a patch classifier (multinomial logistic or MLP head)
 * was trained on,
 * computed on the site's own labelled patch set: the shift of the embedding distribution against
 * the training data's feature moments (the head's standardisation), with the same figures for one
 * random half of the site's patches against the other half as a no-drift baseline at that sample
 * size; and the calibration of the model's predictions (accuracy, log loss, Brier score, expected
 * calibration error with bootstrap intervals, the reliability table) beside the figures recorded in
 * the model's provenance. This package owns the computation and the report's values ({@link
 * org.precis.learn.drift.DriftReport}) and their JSON ({@link org.precis.learn.drift.DriftJson});
 * it reads no files.
 */
package org.precis.learn.drift;
