/**
 * Patch classifiers: a head (logistic or MLP) on patch embeddings with the embedding recipe it
 * needs and how it pools the recipe's views (mean vector, or mean probability over per-view
 * vectors), its training (variant, pooling, head and setting chosen by cross-validation,
 * performance by nested cross-validation), evaluation reports with bootstrap intervals,
 * reliability charts, and the model file with its provenance.
 */
package org.precis.learn.patch;
