/**
 * A small multilayer perceptron head on embeddings (one hidden ReLU layer, dropout): saved as plain
 * weights and evaluated in plain Java ({@link org.precis.learn.mlp.MlpModel}), so predicting needs
 * no DJL. Training needs DJL's PyTorch engine and lives in the optional {@code learn-mlp} module,
 * found through {@link org.precis.learn.mlp.MlpTraining}.
 */
package org.precis.learn.mlp;
