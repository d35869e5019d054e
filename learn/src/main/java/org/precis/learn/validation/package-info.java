/**
 * Cross-validation of classifiers on embeddings: stratified folds (of cases, never of a case's
 * rows), head families with their setting grids (logistic λ; the MLP's in its own package),
 * choosing the embedding variant, head and setting by inner cross-validated log loss, and nested
 * cross-validation whose outer folds never see the choice made for them.
 */
package org.precis.learn.validation;
