package org.precis.demo.cells;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.precis.embed.patches.PatchRecipes;
import org.precis.embed.patches.PatchSet;
import org.precis.federation.algorithm.DisclosureRules;
import org.precis.federation.algorithm.FederatedAlgorithms;
import org.precis.federation.algorithm.LocalStudyRun;
import org.precis.federation.algorithm.SiteData;
import org.precis.federation.algorithm.StudyParameters;
import org.precis.federation.training.FederatedHeadTraining;
import org.precis.federation.training.FederatedHeads;
import org.precis.learn.patch.PatchClassifier;
import org.precis.survival.data.SurvivalTable;

/**
 * A FedAvg study of the cell head on the sites' cell feature sets, run in one process
 * ({@link LocalStudyRun}: every site's compute, a plain sum, the coordinator's aggregate; the
 * patch heads' study across processes is the same three functions with a secure sum).
 */
public final class FederatedCellStudy {

    private FederatedCellStudy() {}

    /**
     * The study's parameters for sets like {@code example}: the patch heads' logistic study (30
     * rounds of 5 local epochs, learning rate 0.05, l2 0.001, balanced class weights, a fifth of each
     * site's cells held back for the federated validation loss, patience 5).
     */
    public static ObjectNode parameters(PatchSet example) {
        ObjectNode p = JsonNodeFactory.instance.objectNode();
        example.classNames().forEach(p.putArray("classes")::add);
        p.set("recipe", new PatchRecipes().toJson(example.recipe()));
        p.put("dimension", example.dimension());
        p.put("rounds", 30);
        p.put("local_epochs", 5);
        p.put("learning_rate", 0.05);
        p.put("l2_penalty", 0.001);
        p.put("class_weights", "balanced");
        p.put("validation_fraction", 0.2);
        p.put("patience", 5);
        p.put("min_samples", 20);
        p.put("seed", 1);
        return p;
    }

    /** The study's result over {@code sites} (in order), failing with the study's reason. */
    public static JsonNode result(
            String studyId, ObjectNode parameters, Map<String, PatchSet> sites, DisclosureRules rules) {
        Map<String, SiteData> data = new LinkedHashMap<>();
        sites.forEach((name, set) -> data.put(name, new SiteData(name, SurvivalTable.of(List.of()), Optional.of(set))));
        return LocalStudyRun.runOnSites(
                        FederatedAlgorithms.named(FederatedHeadTraining.FEDAVG),
                        new StudyParameters(studyId, FederatedHeadTraining.FEDAVG, parameters),
                        data,
                        rules)
                .result();
    }

    /** The study's model, as {@code federation submit} writes it. */
    public static PatchClassifier classifier(String studyId, JsonNode result, Instant finishedAt) {
        return FederatedHeads.classifier(result, studyId, finishedAt, "demo");
    }
}
