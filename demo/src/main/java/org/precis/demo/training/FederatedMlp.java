package org.precis.demo.training;

import java.nio.file.Path;

/**
 * The demo's federated MLP study: its model file, the pooled MLP trained by the same rounds on the
 * union of the sites' patches on one machine, and the study's rounds and wall time.
 *
 * @param study the study's id
 * @param model the federated MLP's file
 * @param pooledModel the pooled MLP's file
 * @param rounds rounds the coordinator ran (statistics rounds included)
 * @param wallMillis the coordinator's wall time for the study
 * @param roundsTrained training rounds run
 * @param bestRound the training round whose model was kept (lowest federated validation loss)
 */
public record FederatedMlp(
        String study, Path model, Path pooledModel, int rounds, long wallMillis, int roundsTrained, int bestRound) {}
