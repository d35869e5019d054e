package org.precis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.precis.embed.patches.PatchImages;
import org.precis.learn.metrics.ClassProbabilities;
import org.precis.learn.patch.LoadedPatchModel;
import org.precis.learn.patch.PatchClassifier;
import org.precis.learn.patch.PatchModels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code precis patches predict}: embeds image files with the recipe recorded in the model
 * (encoder, views, scales, stain normalisation), pools the views as the model was trained (mean
 * vector or mean probabilities) and prints each one's class probabilities.
 */
@Command(
        name = "predict",
        mixinStandardHelpOptions = true,
        description = "Classify patch images (embedded as the model's recipe says).")
final class PatchesPredictCommand implements Callable<Integer> {

    @Option(names = "--model", required = true, paramLabel = "JSON", description = "Model from patches train.")
    Path modelFile;

    @Option(
            names = "--images",
            required = true,
            arity = "1..*",
            paramLabel = "DIR|FILE",
            description = "Image files, or folders searched (recursively) for .jpg/.jpeg/.png/.tif/.tiff/.bmp.")
    List<Path> images = new ArrayList<>();

    @Option(names = "--json", description = "Print the predictions as JSON.")
    boolean json;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "Data folder with models/ (default PRECIS_DATA or ../shared).")
    Path data;

    @Option(
            names = "--threads",
            defaultValue = "2",
            description = "Threads for decoding and inference (default ${DEFAULT-VALUE}).")
    int threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Path> files = new PatchImages().find(images);
        PatchClassifier model;
        List<double[]> perFile;
        try (LoadedPatchModel loaded = new PatchModels(DataFolder.resolve(data)).load(modelFile, threads)) {
            model = loaded.classifier();
            perFile = loaded.probabilities(files);
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Map<String, Object>> rows = new ArrayList<>();
        if (!json) {
            out.println("file\tpredicted\t"
                    + String.join(
                            "\t", model.classNames().stream().map(c -> "p_" + c).toList()));
        }
        for (int i = 0; i < files.size(); i++) {
            double[] p = perFile.get(i);
            int best = ClassProbabilities.mostProbable(p);
            if (json) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("file", files.get(i).toString());
                row.put("predicted", model.classNames().get(best));
                Map<String, Double> probabilities = new LinkedHashMap<>();
                for (int k = 0; k < p.length; k++) {
                    probabilities.put(model.classNames().get(k), p[k]);
                }
                row.put("probabilities", probabilities);
                rows.add(row);
            } else {
                StringBuilder line = new StringBuilder(
                        files.get(i) + "\t" + model.classNames().get(best));
                for (double value : p) {
                    line.append(String.format(Locale.ROOT, "\t%.6f", value));
                }
                out.println(line);
            }
        }
        if (json) {
            new JsonPrinter().print(out, rows);
        }
        out.flush();
        return 0;
    }
}
