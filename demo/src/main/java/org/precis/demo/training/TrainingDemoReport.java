package org.precis.demo.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.precis.learn.metrics.ConfidenceInterval;
import org.precis.learn.patch.PatchEvaluation;

/**
 * The federated training demo's outcome: the study (algorithm, sites and their sizes, rounds, wall
 * time), the model files written (federated, pooled, each site alone), and every model's scores on
 * the same held-out patches.
 *
 * @param study the study's id
 * @param algorithm fedavg or fedprox
 * @param sitePatches each site's patch count
 * @param testPatches held-out patches
 * @param rounds rounds the coordinator ran (statistics rounds included)
 * @param wallMillis the coordinator's wall time for the study
 * @param model the federated model file
 * @param pooledModel the pooled model file
 * @param siteModels each site-alone model's file
 * @param scores every model's scores, federated first, then pooled, then the sites alone
 * @param otherSitesAccuracy for each site: its alone model's accuracy and the federated model's
 *     on the held-out patches of the other sites, together
 * @param result the study's result as the coordinator returned it (the head left out)
 * @param privateTraining the differentially private study run beside it, if any (its scores are
 *     third in {@code scores}, after the pooled model's)
 * @param mlp the MLP study run beside it, if any (its scores, and the pooled MLP's, are last in
 *     {@code scores})
 */
public record TrainingDemoReport(
        String study,
        String algorithm,
        Map<String, Integer> sitePatches,
        int testPatches,
        int rounds,
        long wallMillis,
        Path model,
        Path pooledModel,
        Map<String, Path> siteModels,
        List<ModelScores> scores,
        Map<String, double[]> otherSitesAccuracy,
        JsonNode result,
        java.util.Optional<PrivateTraining> privateTraining,
        java.util.Optional<FederatedMlp> mlp) {

    public TrainingDemoReport {
        sitePatches = Map.copyOf(sitePatches);
        siteModels = Map.copyOf(siteModels);
        scores = List.copyOf(scores);
        otherSitesAccuracy = Map.copyOf(otherSitesAccuracy);
    }

    /** The scores of the model named {@code name}. */
    public ModelScores scores(String name) {
        return scores.stream()
                .filter(s -> s.model().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no model '" + name + "'"));
    }

    public JsonNode toJson() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode root = json.objectNode();
        root.put("name", study);
        root.put("algorithm", algorithm);
        ObjectNode sites = root.putObject("site_patches");
        new TreeMap<>(sitePatches).forEach(sites::put);
        root.put("test_patches", testPatches);
        root.put("rounds", rounds);
        root.put("wall_ms", wallMillis);
        root.put("model", model.toString());
        root.put("pooled_model", pooledModel.toString());
        privateTraining.ifPresent(p -> {
            root.put("private_model", p.model().toString());
            ObjectNode privacy = root.putObject("private_study");
            privacy.put("name", p.study());
            privacy.put("scores_as", p.scoresName());
            privacy.put("rounds", p.rounds());
            privacy.put("wall_ms", p.wallMillis());
            privacy.set("privacy", p.privacy());
        });
        mlp.ifPresent(m -> {
            root.put("mlp_model", m.model().toString());
            root.put("pooled_mlp_model", m.pooledModel().toString());
            ObjectNode study = root.putObject("mlp_study");
            study.put("name", m.study());
            study.put("rounds", m.rounds());
            study.put("wall_ms", m.wallMillis());
            study.put("rounds_trained", m.roundsTrained());
            study.put("best_round", m.bestRound());
        });
        ObjectNode alone = root.putObject("site_models");
        new TreeMap<>(siteModels).forEach((site, file) -> alone.put(site, file.toString()));
        for (ModelScores score : scores) {
            ObjectNode node = root.withArray("scores").addObject();
            node.put("model", score.model());
            PatchEvaluation test = score.test();
            put(node, "accuracy", test.accuracy(), test.accuracyCi());
            put(node, "macro_auc", test.macroAuc(), test.macroAucCi());
            put(node, "brier", test.brier(), test.brierCi());
            ObjectNode others = node.putObject("accuracy_on_site_test_patches");
            new TreeMap<>(score.otherSites()).forEach(others::put);
        }
        ObjectNode others = root.putObject("other_sites_accuracy");
        new TreeMap<>(otherSitesAccuracy)
                .forEach((site, pair) ->
                        others.putObject(site).put("alone", pair[0]).put("federated", pair[1]));
        root.set("result", result);
        return root;
    }

    private static void put(ObjectNode node, String name, double value, ConfidenceInterval ci) {
        node.put(name, value);
        node.putArray(name + "_ci").add(ci.lower()).add(ci.upper());
    }
}
