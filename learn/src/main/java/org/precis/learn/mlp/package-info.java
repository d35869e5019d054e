/**
 * A small multilayer perceptron head on embeddings (one hidden ReLU layer, dropout): trained with
 * DJL's PyTorch engine (Adam, weight decay, a fixed epoch budget), saved as plain weights and
 * evaluated in plain Java, so predicting needs no DJL.
 */
package org.precis.learn.mlp;
