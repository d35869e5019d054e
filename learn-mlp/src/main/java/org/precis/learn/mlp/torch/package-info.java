/**
 * Training of the MLP head with DJL's PyTorch engine ({@link org.precis.learn.mlp.torch.MlpTrainer},
 * the grid {@link org.precis.learn.mlp.torch.MlpHeads}), kept out of {@code learn} so that the
 * shipped command does not carry PyTorch's 111 MB native library unless the MLP head is wanted.
 * {@code learn} finds it through {@link org.precis.learn.mlp.MlpTraining}; the models it fits are
 * plain {@link org.precis.learn.mlp.MlpModel}s that {@code learn} saves and evaluates without DJL.
 * The application runs DJL offline ({@code ai.djl.offline=true}).
 */
package org.precis.learn.mlp.torch;
