/**
 * Patch classifiers: a softmax head on patch embeddings with the embedding recipe it needs, its
 * training (variant and penalty chosen by cross-validation, performance by nested
 * cross-validation), evaluation reports with bootstrap intervals, reliability charts, and the
 * model file with its provenance.
 */
package org.precis.learn.patch;
