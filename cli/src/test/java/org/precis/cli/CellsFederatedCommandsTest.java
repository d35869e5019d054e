package org.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.cells.classify.CellClassifierModel;
import org.precis.cells.classify.CellClassifierModels;
import org.precis.cells.classify.CellFeatureRecipe;
import org.precis.demo.training.FederatedTrainingDemo;
import org.precis.demo.training.PatchStudies;
import org.precis.embed.patches.PatchSet;
import org.precis.embed.patches.PatchSets;
import org.precis.federation.algorithm.DisclosureRules;
import org.precis.federation.training.FederatedHeadTraining;
import org.precis.federation.training.FederatedHeads;
import org.precis.learn.patch.PatchClassifiers;
import org.precis.testing.SampleData;

/**
 * {@code precis cells feature-set} writes two sites' BreCaHAD cells, a FedAvg study runs on them
 * (in process), and {@code precis cells from-federated} turns its model into a cell classifier that
 * {@code cells grade --model} uses;
 * bad input is one line and exit 2 (as every cells command refuses input), and nothing is written.
 */
class CellsFederatedCommandsTest {

    private static final Path SET = SampleData.path("samples/cells/brecahad");

    private static String image(int i) {
        return SET.resolve("images")
                .resolve(String.format("Case_12-%02d.jpg", i))
                .toString();
    }

    private static CommandRun featureSet(Path output, int from, int to) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "cells",
                "feature-set",
                "--data",
                SampleData.root().toString(),
                "--annotations",
                SET.resolve("annotations").toString(),
                "--mpp",
                "0.32",
                "--encoders",
                "none",
                "-o",
                output.toString()));
        for (int i = from; i <= to; i++) {
            args.add(image(i));
        }
        return CommandRun.of(args.toArray(String[]::new));
    }

    @Test
    void writesSitesFeatureSetsAndTurnsTheStudysHeadIntoACellClassifier(@TempDir Path dir) throws Exception {
        CommandRun a = featureSet(dir.resolve("a.h5"), 1, 6);
        CommandRun b = featureSet(dir.resolve("b.h5"), 7, 12);
        assertThat(a.exitCode()).as(a.err()).isZero();
        assertThat(b.exitCode()).as(b.err()).isZero();
        assertThat(a.out()).contains("cells of 6 images").contains("cell-features/stain");
        Map<String, PatchSet> sites = new LinkedHashMap<>();
        sites.put("a", new PatchSets().read(dir.resolve("a.h5")));
        sites.put("b", new PatchSets().read(dir.resolve("b.h5")));
        assertThat(sites.get("a").count() + sites.get("b").count()).isEqualTo(1683);
        Path study = dir.resolve("study.model.json");
        new PatchClassifiers()
                .write(
                        FederatedHeads.classifier(
                                PatchStudies.inProcess(
                                        "cells-cli",
                                        FederatedHeadTraining.FEDAVG,
                                        FederatedTrainingDemo.parameters(sites.get("a")),
                                        sites,
                                        DisclosureRules.defaults()),
                                "cells-cli",
                                Instant.parse("2026-12-07T00:00:00Z"),
                                "demo"),
                        study);

        Path out = dir.resolve("cell-classifier.json");
        CommandRun convert = CommandRun.of(
                "cells",
                "from-federated",
                study.toString(),
                "--data",
                SampleData.root().toString(),
                "--encoders",
                "none",
                "-o",
                out.toString());
        assertThat(convert.exitCode()).as(convert.err()).isZero();
        assertThat(convert.out()).contains("from federated study cells-cli").contains("research use only");
        CellClassifierModel model = new CellClassifierModels().read(out);
        assertThat(model.recipe()).isEqualTo(new CellFeatureRecipe(List.of(), true));
        assertThat(model.rule().mitosisThreshold()).isEqualTo(0.5);
        CommandRun grade = CommandRun.of(
                "cells",
                "grade",
                "--data",
                SampleData.root().toString(),
                image(3),
                "--mpp",
                "0.32",
                "--replicates",
                "100",
                "--model",
                out.toString());
        assertThat(grade.exitCode()).as(grade.err()).isZero();
        assertThat(grade.out()).contains("mitotic score").contains("research use only, not a diagnosis");

        // the study was trained on stain features only: the default recipe (nic_multitask + stain) is refused
        Path refused = dir.resolve("refused.json");
        CommandRun wrong = CommandRun.of(
                "cells",
                "from-federated",
                study.toString(),
                "--data",
                SampleData.root().toString(),
                "-o",
                refused.toString());
        assertThat(wrong.exitCode()).isEqualTo(ErrorReporter.INPUT_FAILURE);
        assertThat(wrong.err().strip())
                .startsWith("precis: " + study)
                .contains("not on cell feature recipe 'cell-features/nic_multitask+stain'")
                .doesNotContain("\n");
        assertThat(refused).doesNotExist();
    }

    @Test
    void anImageWithoutAnnotationsIsOneLine(@TempDir Path dir) throws Exception {
        Path lonely = Files.copy(Path.of(image(1)), dir.resolve("Case_99-01.jpg"));
        Path output = dir.resolve("cells.h5");
        CommandRun run = CommandRun.of(
                "cells",
                "feature-set",
                "--data",
                SampleData.root().toString(),
                "--annotations",
                SET.resolve("annotations").toString(),
                "--mpp",
                "0.32",
                "--encoders",
                "none",
                "-o",
                output.toString(),
                lonely.toString());
        assertThat(run.exitCode()).isEqualTo(ErrorReporter.INPUT_FAILURE);
        assertThat(run.err().strip())
                .contains("Case_99-01.csv: no annotations for image")
                .doesNotContain("\n");
        assertThat(output).doesNotExist();
    }
}
