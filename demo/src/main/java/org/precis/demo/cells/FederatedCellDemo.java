package org.precis.demo.cells;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.precis.cells.classify.CallRule;
import org.precis.cells.classify.CellClassifierModel;
import org.precis.cells.classify.CellClassifierModels;
import org.precis.cells.classify.CellFeatureRecipe;
import org.precis.cells.classify.CellFeatures;
import org.precis.cells.federated.FederatedCellClassifiers;
import org.precis.demo.federation.NodeCommands;
import org.precis.demo.training.FederatedTrainingDemo;
import org.precis.demo.training.PatchStudies;
import org.precis.demo.training.SiteSplit;
import org.precis.embed.EncoderException;
import org.precis.embed.patches.PatchSet;
import org.precis.federation.algorithm.DisclosureRules;
import org.precis.federation.proto.StudyStatus;
import org.precis.federation.training.FederatedHeadTraining;
import org.precis.federation.training.FederatedHeads;
import org.precis.io.json.JsonMappers;

/**
 * The cell-class head trained federated in the demo: BreCaHAD's annotated fields dealt by field to
 * two site processes (three fields held out first), each site's annotated cells as a cell feature
 * set (nic_multitask embeddings and stain statistics), FedAvg across the sites on loopback, and the
 * same study on one machine over the union (pooled); both heads turned into cell classifiers
 * ({@code federated-cells.json}, {@code pooled-cells.json}, which {@code cells detect --classify}
 * and {@code cells grade --model} read) and scored on the held-out fields' annotated cells.
 */
public final class FederatedCellDemo {
    public static final String STUDY = "breast-cell-head";
    /** The fields kept apart before the sites are dealt theirs. */
    public static final List<String> HELD_OUT = List.of("Case_12-03", "Case_12-07", "Case_12-10");
    /** Each site's fields. */
    public static final Map<String, List<String>> SITES = Map.of(
            "site-a", List.of("Case_12-01", "Case_12-02", "Case_12-04", "Case_12-05", "Case_12-06"),
            "site-b", List.of("Case_12-08", "Case_12-09", "Case_12-11", "Case_12-12"));

    private final Path dataRoot;
    private final Path workFolder;
    private final Path modelsFolder;
    private final NodeCommands commands;
    private final Clock clock;
    private final SecureRandom random;
    private final String softwareVersion;

    /**
     * @param workFolder an empty folder for the feature sets and the collaboration
     * @param modelsFolder where the two cell classifiers are written (created if need be)
     */
    public FederatedCellDemo(
            Path dataRoot,
            Path workFolder,
            Path modelsFolder,
            NodeCommands commands,
            Clock clock,
            SecureRandom random,
            String softwareVersion) {
        this.dataRoot = dataRoot;
        this.workFolder = workFolder;
        this.modelsFolder = modelsFolder;
        this.commands = commands;
        this.clock = clock;
        this.random = random;
        this.softwareVersion = softwareVersion;
    }

    public FederatedCellReport run() throws IOException, InterruptedException, EncoderException {
        CellFeatureRecipe recipe =
                new CellFeatureRecipe(List.of(CellFeatures.nucleusField("nic_multitask", dataRoot)), true);
        CellSites cells = new CellSites(dataRoot, recipe, workFolder.resolve("cell-sets"));
        Map<String, PatchSet> sites = new LinkedHashMap<>();
        for (String site : List.of("site-a", "site-b")) {
            sites.put(site, cells.site(SITES.get(site)));
        }
        PatchSet heldOut = cells.site(HELD_OUT);
        ObjectNode parameters = FederatedTrainingDemo.parameters(sites.get("site-a"));
        StudyStatus end = new PatchStudies(workFolder.resolve("collaboration"), commands, clock, random)
                .run(
                        sites,
                        List.of(new PatchStudies.Study(
                                STUDY, FederatedHeadTraining.FEDAVG, parameters, "cell head study")))
                .get(0);
        JsonNode result = JsonMappers.compact().readTree(end.getResultJson().toByteArray());
        CellClassifierModel federated = model(STUDY, result, recipe);
        String pooledStudy = STUDY + "-pooled";
        JsonNode pooledResult = PatchStudies.inProcess(
                pooledStudy,
                FederatedHeadTraining.FEDAVG,
                parameters,
                Map.of("pooled", SiteSplit.concatenate(List.copyOf(sites.values()), "union")),
                DisclosureRules.defaults());
        CellClassifierModel pooled = model(pooledStudy, pooledResult, recipe);
        Path models = Files.createDirectories(modelsFolder);
        CellClassifierModels files = new CellClassifierModels();
        Path federatedFile = models.resolve("federated-cells.json");
        Path pooledFile = models.resolve("pooled-cells.json");
        files.write(federated, federatedFile);
        files.write(pooled, pooledFile);
        Map<String, Integer> siteCells = new LinkedHashMap<>();
        sites.forEach((site, set) -> siteCells.put(site, set.count()));
        return new FederatedCellReport(
                STUDY,
                recipe.label(),
                siteCells,
                heldOut.count(),
                end.getRounds(),
                end.getWallMillis(),
                result.get("rounds_trained").asInt(),
                federatedFile,
                pooledFile,
                // scored as read back: what cells detect --classify would use
                CellRecall.of(files.read(federatedFile), heldOut),
                CellRecall.of(files.read(pooledFile), heldOut));
    }

    private CellClassifierModel model(String studyId, JsonNode result, CellFeatureRecipe recipe) {
        return new FederatedCellClassifiers()
                .model(
                        FederatedHeads.classifier(result, studyId, clock.instant(), softwareVersion),
                        recipe,
                        new CallRule(FederatedCellClassifiers.DEFAULT_MITOSIS_THRESHOLD),
                        softwareVersion,
                        "study " + studyId);
    }
}
