/**
 * Cross-validation of classifiers on embeddings: stratified folds, choosing the embedding
 * variant and L2 penalty by inner cross-validated log loss, and nested cross-validation whose
 * outer folds never see the choice made for them.
 */
package org.precis.learn.validation;
