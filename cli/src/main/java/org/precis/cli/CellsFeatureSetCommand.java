package org.precis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.precis.cells.classify.AnnotatedImage;
import org.precis.cells.classify.AnnotatedImages;
import org.precis.cells.classify.CellFeatureRecipe;
import org.precis.cells.classify.CellFeatureTable;
import org.precis.cells.classify.CellFeatures;
import org.precis.cells.classify.JitterPlan;
import org.precis.cells.federated.CellFeatureSets;
import org.precis.embed.OnnxEncoderOptions;
import org.precis.embed.patches.PatchSet;
import org.precis.embed.patches.PatchSets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code precis cells feature-set}: a site's annotated cells as the labelled feature set a
 * federated training study of the cell classifier's head reads (a patch set whose recipe names the
 * cell feature recipe).
 */
@Command(
        name = "feature-set",
        mixinStandardHelpOptions = true,
        description = "Write the annotated cells of images as a labelled feature set (HDF5 patch set) for "
                + "federated training of the cell classifier's head (algorithm fedavg or fedprox).")
final class CellsFeatureSetCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "IMAGE", description = "Annotated images (NAME.jpg, ...).")
    List<Path> images = new ArrayList<>();

    @Option(
            names = "--annotations",
            required = true,
            paramLabel = "DIR",
            description = "Folder of point annotations: NAME.csv (x,y,class) for each image NAME.")
    Path annotations;

    @Option(names = "--mpp", required = true, description = "Pixel size of the images in µm.")
    double mpp;

    @Mixin
    CellRecipeOptions cellRecipe;

    @Option(names = "--case", defaultValue = "unknown", description = "The patient of the images, if known.")
    String caseId;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "H5",
            description = "Where to write the feature set.")
    Path output;

    @Option(names = "--threads", defaultValue = "2", description = "ONNX Runtime threads.")
    int threads;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "Data folder holding models/ (default PRECIS_DATA or ../shared).")
    Path data;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path root = DataFolder.resolve(data);
        CellFeatureRecipe recipe = cellRecipe.recipe(root);
        List<AnnotatedImage> annotated = AnnotatedImages.of(images, annotations, caseId);
        CellFeatureTable table;
        try (CellFeatures features = CellFeatures.open(recipe, root, new OnnxEncoderOptions(threads, 32))) {
            // one view a cell, at its annotated point: nothing is drawn at random
            table = CellFeatureTable.extract(
                    annotated, features, JitterPlan.annotatedPointOnly(), mpp, new SplittableRandom(0));
        }
        PatchSet set = new CellFeatureSets().of(table, annotated, recipe, PrecisCommand.VERSION);
        new PatchSets().write(set, output);
        PrintWriter out = spec.commandLine().getOut();
        int[] perClass = new int[set.classNames().size()];
        for (int k : set.classIndex()) {
            perClass[k]++;
        }
        out.printf(
                Locale.ROOT,
                "%d cells of %d images, %d features (%s)%n",
                set.count(),
                annotated.size(),
                set.dimension(),
                set.recipe().encoder());
        for (int k = 0; k < perClass.length; k++) {
            out.printf(Locale.ROOT, "  %-10s %d%n", set.classNames().get(k), perClass[k]);
        }
        out.println("recipe SHA-256 " + set.recipe().encoderSha256());
        out.println(output);
        return 0;
    }
}
