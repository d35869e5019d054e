package org.precis.cli;

import ai.onnxruntime.OrtEnvironment;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.precis.embed.EncoderDescriptor;
import org.precis.embed.EncoderDescriptors;
import org.precis.embed.OnnxEncoder;
import org.precis.embed.OnnxEncoderOptions;
import org.precis.embed.patches.PatchEmbedder;
import org.precis.embed.pipeline.TilePlan;
import org.precis.embed.pipeline.TileSpec;
import org.precis.imaging.export.FileSha256;
import org.precis.learn.heatmap.SlideHeatmap;
import org.precis.learn.heatmap.SlidePredictions;
import org.precis.learn.patch.PatchClassifier;
import org.precis.learn.patch.PatchClassifiers;
import org.precis.report.heatmap.HeatmapFiles;
import org.precis.report.heatmap.HeatmapProvenance;
import org.precis.slide.Slide;
import org.precis.slide.Slides;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code precis slide heatmap}: a patch classifier's predictions over a slide's tissue tiles, as a
 * colour overlay on the thumbnail (one per class and one of the predicted class) and as GeoJSON
 * tile measurements QuPath loads, with a report of which model and encoder made them and on what
 * the model was trained.
 */
@Command(name = "heatmap", mixinStandardHelpOptions = true,
        description = "Tile-wise predictions of a patch model over a slide: overlay PNGs and QuPath GeoJSON.")
final class SlideHeatmapCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The slide.")
    Path file;

    @Option(names = "--model", required = true, paramLabel = "JSON", description = "Model from patches train.")
    Path modelFile;

    @Option(names = "--encoder", required = true, paramLabel = "ENCODER",
            description = "Descriptor JSON or model folder name under $PRECIS_DATA/models; must be the model's encoder.")
    String encoder;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Output folder.")
    Path output;

    @Mixin
    TileSelectionOptions selection = new TileSelectionOptions();

    @Option(names = "--threads", defaultValue = "2", description = "Inference threads (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--data", description = "Data folder with models/ (default: $PRECIS_DATA, else ../shared).")
    Path data;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new java.nio.file.NoSuchFileException(file.toString());
        }
        PatchClassifier model = new PatchClassifiers().read(modelFile);
        EncoderDescriptor descriptor = new EncoderDescriptors().resolve(encoder, DataFolder.resolve(data));
        PrintWriter out = spec.commandLine().getOut();
        ExecutorService loaders = Executors.newSingleThreadExecutor();
        try (OnnxEncoder onnx = OnnxEncoder.open(OrtEnvironment.getEnvironment(), descriptor,
                new OnnxEncoderOptions(Math.max(1, threads), 64))) {
            String encoderSha = PatchEmbedder.modelSha256(onnx);
            PatchEmbedder embedder = new PatchEmbedder(onnx, encoderSha, loaders);
            ModelRecipeEmbedding.checkEncoder(embedder, model.recipe(), modelFile);
            Files.createDirectories(output);
            try (Slides slides = Slides.withDefaults(); Slide slide = slides.open(file)) {
                predict(model, descriptor, encoderSha, embedder, slide, out);
            }
        } finally {
            loaders.shutdownNow();
        }
        out.flush();
        return 0;
    }

    /** Predicts the slide's tissue tiles and writes the heatmap files and the summary. */
    private void predict(PatchClassifier model, EncoderDescriptor descriptor, String encoderSha, PatchEmbedder embedder,
            Slide slide, PrintWriter out) throws Exception {
        TileSpec tiles = selection.spec(descriptor.inputWidth());
        TilePlan plan = selection.planner().plan(slide, tiles);
        long started = System.nanoTime();
        SlidePredictions predictions = new SlideHeatmap(model, embedder, 8).predict(slide, plan, done -> { });
        double seconds = (System.nanoTime() - started) / 1e9;
        HeatmapProvenance provenance = provenance(model, descriptor, encoderSha, tiles);
        List<Path> written = new HeatmapFiles(output, stem(file)).write(slide, predictions, provenance,
                plan.grid().slideMpp());
        new HeatmapText(out).print(file, model, descriptor, tiles, predictions, seconds, written,
                provenance.intendedUse(model.classNames()));
    }

    private HeatmapProvenance provenance(PatchClassifier model, EncoderDescriptor descriptor, String encoderSha,
            TileSpec tiles) throws IOException {
        return new HeatmapProvenance(file.toString(), FileSha256.of(file), modelFile.toString(),
                FileSha256.of(modelFile), descriptor.name(), encoderSha, model.provenance(), tiles,
                PrecisCommand.VERSION);
    }

    private static String stem(Path file) {
        return file.getFileName().toString().replaceAll("\\.(ome\\.)?[^.]+$", "");
    }
}
