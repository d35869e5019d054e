/**
 * Patch classifiers: a head (logistic or MLP) on patch embeddings with the embedding recipe it
 * needs and how it pools the recipe's views (mean vector, or mean probability over per-view
 * vectors), its training (variant, pooling, head and setting chosen by cross-validation,
 * performance by nested cross-validation), evaluation reports with bootstrap intervals,
 * reliability charts, and the model file with its provenance. {@link
 * org.precis.learn.patch.PatchModels} loads a model with the encoder its recipe names, checked, as
 * a {@link org.precis.learn.patch.LoadedPatchModel} that embeds and classifies image files (refusing
 * images far from the encoder's input size) until it is closed.
 */
package org.precis.learn.patch;
