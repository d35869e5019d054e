package org.precis.demo.cells;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.cells.classify.CallRule;
import org.precis.cells.classify.CellClassifierModel;
import org.precis.cells.classify.CellClassifierModels;
import org.precis.cells.classify.CellFeatureRecipe;
import org.precis.cells.classify.EncoderField;
import org.precis.cells.federated.CellFeatureSets;
import org.precis.cells.federated.FederatedCellClassifiers;
import org.precis.demo.training.FederatedTrainingDemo;
import org.precis.demo.training.PatchStudies;
import org.precis.demo.training.SiteSplit;
import org.precis.embed.patches.PatchSet;
import org.precis.federation.algorithm.DisclosureRules;
import org.precis.federation.training.FederatedHeadTraining;
import org.precis.federation.training.FederatedHeads;
import org.precis.learn.patch.PatchClassifier;
import org.precis.testing.SampleData;

/**
 * FedAvg of the cell head over two sites holding disjoint BreCaHAD fields (stain features, quick
 * to compute): the head becomes a cell classifier that the model file keeps exactly, and a site
 * whose cells were measured with another recipe refuses the study in one line.
 */
class FederatedCellHeadTest {

    private static final CellFeatureRecipe STAIN = new CellFeatureRecipe(List.of(), true);

    private static List<String> fields(int from, int to) {
        return java.util.stream.IntStream.rangeClosed(from, to)
                .mapToObj(i -> String.format("Case_12-%02d", i))
                .toList();
    }

    @Test
    void aFederatedHeadBecomesACellClassifierTheFileKeeps(@TempDir Path work) throws Exception {
        CellSites cells = new CellSites(SampleData.root(), STAIN, work.resolve("cache"));
        Map<String, PatchSet> sites = new LinkedHashMap<>();
        sites.put("site-a", cells.site(fields(1, 6)));
        sites.put("site-b", cells.site(fields(7, 12)));
        assertThat(sites.get("site-a").count() + sites.get("site-b").count()).isEqualTo(1683);

        JsonNode result = PatchStudies.inProcess(
                "cells-1",
                FederatedHeadTraining.FEDAVG,
                FederatedTrainingDemo.parameters(sites.get("site-a")),
                sites,
                DisclosureRules.defaults());
        PatchClassifier study =
                FederatedHeads.classifier(result, "cells-1", Instant.parse("2026-12-07T00:00:00Z"), "demo");
        CellClassifierModel model = new FederatedCellClassifiers()
                .model(study, STAIN, new CallRule(FederatedCellClassifiers.DEFAULT_MITOSIS_THRESHOLD), "test", "m");

        assertThat(model.recipe()).isEqualTo(STAIN);
        assertThat(model.head()).isEqualTo(study.head());
        assertThat(model.provenance().parameters())
                .containsEntry("federated_study", "cells-1")
                .containsEntry("federated_sites", "[\"site-a\",\"site-b\"]")
                .containsEntry("trained", "federated");
        assertThat(model.evaluation()).containsKey("federated_validation_accuracy");
        // the federated head separates the cells better than the majority class alone (Tumor, ~83%)
        PatchSet all = SiteSplit.concatenate(List.copyOf(sites.values()), "union");
        int right = 0;
        int[] perClassRight = new int[4];
        int[] perClass = new int[4];
        for (int i = 0; i < all.count(); i++) {
            int truth = all.classIndex()[i];
            int called = model.rule()
                    .call(model.head().probabilities(all.feature(i)))
                    .ordinal();
            perClass[truth]++;
            perClassRight[truth] += called == truth ? 1 : 0;
            right += called == truth ? 1 : 0;
        }
        double balanced = 0;
        for (int k = 0; k < 4; k++) {
            balanced += perClassRight[k] / (double) perClass[k] / 4;
        }
        assertThat(balanced).as("balanced accuracy on the training cells").isGreaterThan(0.4);
        assertThat(right).isPositive();

        Path file = work.resolve("cell-classifier.json");
        CellClassifierModels models = new CellClassifierModels();
        models.write(model, file);
        assertThat(models.read(file)).isEqualTo(model);
    }

    @Test
    void aSiteWhoseCellsWereMeasuredWithAnotherRecipeRefuses(@TempDir Path work) throws Exception {
        CellSites cells = new CellSites(SampleData.root(), STAIN, work);
        PatchSet mine = cells.site(fields(1, 6));
        EncoderField encoder = new EncoderField("nic_multitask", "aa".repeat(32), 128, 0.5, 64);
        PatchSet theirs = new PatchSet(
                mine.count(),
                mine.dimension(),
                mine.features(),
                mine.fileNames(),
                mine.classIndex(),
                mine.classNames(),
                new CellFeatureSets().patchRecipe(new CellFeatureRecipe(List.of(encoder), true)),
                mine.dataSha256(),
                mine.softwareVersion());
        Map<String, PatchSet> sites = new LinkedHashMap<>();
        sites.put("site-a", mine);
        sites.put("site-b", theirs);
        assertThatThrownBy(() -> PatchStudies.inProcess(
                        "cells-2",
                        FederatedHeadTraining.FEDAVG,
                        FederatedTrainingDemo.parameters(mine),
                        sites,
                        DisclosureRules.defaults()))
                .hasMessageContaining("cannot produce the study's embedding recipe")
                .hasMessageContaining("encoder cell-features/stain")
                .hasMessageContaining("cell-features/nic_multitask+stain")
                .hasMessageNotContaining("\n");
    }
}
