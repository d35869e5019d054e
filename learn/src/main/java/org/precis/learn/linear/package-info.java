/**
 * Linear classifiers on embeddings: multinomial logistic regression with an L2 penalty, fitted
 * by L-BFGS on standardised features.
 */
package org.precis.learn.linear;
