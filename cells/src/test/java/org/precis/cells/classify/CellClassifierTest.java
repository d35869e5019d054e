package org.precis.cells.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.cells.nuclei.CellClass;
import org.precis.embed.OnnxEncoderOptions;
import org.precis.io.file.FileSha256;
import org.precis.io.provenance.Provenance;
import org.precis.slide.RgbImage;
import org.precis.testing.SampleData;

/** The shipped cell model on the development images it was fitted on: behaviour, not held-out accuracy. */
class CellClassifierTest {

    private static final Path SET = SampleData.path("samples/cells/brecahad");

    @TempDir
    Path folder;

    @Test
    void theShippedModelNamesItsTrainingDataEncoderAndRecipe() throws Exception {
        CellClassifierModel model = new CellClassifierModels().shipped();

        List<AnnotatedImage> images = AnnotatedImages.read(SET);
        for (AnnotatedImage image : images) {
            assertThat(model.provenance().inputSha256())
                    .containsEntry("image:" + image.name(), FileSha256.of(image.image()))
                    .containsEntry("annotations:" + image.name(), image.annotationsSha256());
        }
        Path onnx = SampleData.path("models/nic_multitask/nic_multitask_128.onnx");
        assertThat(model.provenance().inputSha256()).containsEntry("encoder:nic_multitask", FileSha256.of(onnx));
        assertThat(model.recipe().label()).isEqualTo("nic_multitask+stain");
        assertThat(model.recipe().encoders().get(0).fieldUm()).isEqualTo(64.0);
        assertThat(model.provenance().parameters())
                .containsEntry("fold_grouping", "image")
                .containsEntry("training_Mitosis", "47");
        assertThat(model.evaluation()).containsKeys("cv_mitosis_recall", "cv_mitosis_calls_per_true_mitosis");
    }

    @Test
    void aModelFileRoundTripsExactly() throws Exception {
        CellClassifierModels models = new CellClassifierModels();
        CellClassifierModel shipped = models.shipped();
        Path file = folder.resolve("model.json");

        models.write(shipped, file);
        CellClassifierModel read = models.read(file);

        assertThat(read.head()).isEqualTo(shipped.head());
        assertThat(read.recipe()).isEqualTo(shipped.recipe());
        assertThat(read.rule()).isEqualTo(shipped.rule());
        assertThat(read.penalty()).isEqualTo(shipped.penalty());
        assertThat(read.provenance()).isEqualTo(shipped.provenance());
        assertThat(read.evaluation()).isEqualTo(shipped.evaluation());
        assertThat(read.candidates()).isEqualTo(shipped.candidates());
        models.write(read, folder.resolve("again.json"));
        assertThat(Files.readString(folder.resolve("again.json"))).isEqualTo(Files.readString(file));
    }

    @Test
    void theShippedModelCallsMitosesAtPairCandidatesAndAFileWithoutThemReadsAsNucleiOnly() throws Exception {
        CellClassifierModels models = new CellClassifierModels();
        CellClassifierModel shipped = models.shipped();
        assertThat(shipped.candidates()).isEqualTo(MitosisCandidateSettings.standard());

        // A file written before mitosis candidates existed has no call_rule.mitosis_candidates.
        com.fasterxml.jackson.databind.node.ObjectNode json = models.toJson(shipped);
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("call_rule")).remove("mitosis_candidates");
        CellClassifierModel old = models.parse(json.toString(), "old.json");
        assertThat(old.candidates()).isEqualTo(MitosisCandidateSettings.nucleiOnly());
        assertThat(old.rule()).isEqualTo(shipped.rule());
        assertThat(old.head()).isEqualTo(shipped.head());

        ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("call_rule"))
                .putObject("mitosis_candidates")
                .put("pair_max_distance_um", -1)
                .put("pair_darker_quantile", 0.5)
                .put("suppression_radius_um", 4);
        assertThatThrownBy(() -> models.parse(json.toString(), "bad.json"))
                .hasMessageStartingWith("bad.json: pair distance must be 0..50 µm");
    }

    @Test
    void classifiesAnnotatedNucleiAndKeepsItsCallWhenTheCentreMovesTwoMicrometres() throws Exception {
        CellClassifierModel model = new CellClassifierModels().shipped();
        List<AnnotatedImage> images = AnnotatedImages.read(SET);
        int[][] confusion = new int[4][4];
        int kept = 0;
        int total = 0;
        try (CellClassifier classifier = CellClassifier.open(model, SampleData.root(), new OnnxEncoderOptions(2, 32))) {
            for (AnnotatedImage image : List.of(images.get(0), images.get(6))) {
                RgbImage pixels = PlainImages.read(image.image());
                List<double[]> centres = new ArrayList<>();
                List<double[]> moved = new ArrayList<>();
                double shift = 2 / 0.32 / Math.sqrt(2);
                for (AnnotatedCell cell : image.cells()) {
                    centres.add(new double[] {cell.x(), cell.y()});
                    moved.add(new double[] {
                        Math.min(image.cells().isEmpty() ? 0 : 1359, cell.x() + shift), Math.max(0, cell.y() - shift)
                    });
                }
                List<CellPrediction> predictions = classifier.classify(pixels, 0.32, centres);
                List<CellPrediction> shifted = classifier.classify(pixels, 0.32, moved);
                for (int i = 0; i < centres.size(); i++) {
                    confusion[image.cells().get(i).cellClass().ordinal()][
                            predictions.get(i).call().ordinal()]++;
                    double sum = 0;
                    for (double p : predictions.get(i).probabilities()) {
                        sum += p;
                    }
                    assertThat(sum).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-9));
                    kept += predictions.get(i).call() == shifted.get(i).call() ? 1 : 0;
                    total++;
                }
            }
        }
        // Fitted on these images: this checks the plumbing (patches, encoder, head, rule), not accuracy.
        int tumour = CellClass.TUMOR.ordinal();
        int mitosis = CellClass.MITOSIS.ordinal();
        assertThat((double) confusion[tumour][tumour]
                        / java.util.Arrays.stream(confusion[tumour]).sum())
                .isGreaterThan(0.95);
        assertThat(confusion[mitosis][mitosis]).isGreaterThanOrEqualTo(5);
        // Measured: 243 of 249 calls (0.976) unchanged by a 2 µm shift; tumour 212 of 215, mitosis 6 of 6.
        assertThat((double) kept / total).isGreaterThan(0.95);
    }

    @Test
    void refusesAbsurdPixelSizesCentresOutsideAndAnotherEncoder() throws Exception {
        CellClassifierModel model = new CellClassifierModels().shipped();
        RgbImage image = RgbImage.filled(200, 200, 230, 200, 220);
        try (CellClassifier classifier = CellClassifier.open(model, SampleData.root(), new OnnxEncoderOptions(1, 8))) {
            assertThatThrownBy(() -> classifier.classify(image, 50, List.of(new double[] {10, 10})))
                    .hasMessageContaining("pixel size");
            assertThatThrownBy(() -> classifier.classify(image, 0.001, List.of(new double[] {10, 10})))
                    .hasMessageContaining("pixel size");
            assertThatThrownBy(() -> classifier.classify(image, 0.32, List.of(new double[] {500, 10})))
                    .hasMessageContaining("outside");
        }
        EncoderField real = model.recipe().encoders().get(0);
        EncoderField other =
                new EncoderField(real.encoder(), "0".repeat(64), real.size(), real.mpp(), real.dimension());
        CellClassifierModel forged = new CellClassifierModel(
                new CellFeatureRecipe(List.of(other), true),
                model.head(),
                model.penalty(),
                model.rule(),
                new Provenance("x", Optional.empty(), Map.of(), Map.of()),
                Map.of());
        assertThatThrownBy(() -> CellClassifier.open(forged, SampleData.root(), new OnnxEncoderOptions(1, 8)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SHA-256");
    }

    @Test
    void aBadModelFileGivesOneLineNamingIt() throws Exception {
        Path file = folder.resolve("bad.json");
        Files.writeString(file, "{\"format\": \"precis-cell-classifier/1\", \"class_names\": [\"Tumor\"]}");
        assertThatThrownBy(() -> new CellClassifierModels().read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(file.toString())
                .hasMessageContaining("class_names");
        Files.writeString(file, "not json");
        assertThatThrownBy(() -> new CellClassifierModels().read(file)).hasMessageContaining("not valid JSON");
    }
}
