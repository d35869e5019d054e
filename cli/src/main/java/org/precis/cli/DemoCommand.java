package org.precis.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.precis.report.figure.PngFile;
import org.precis.slide.RegionRequest;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;
import org.precis.slide.SlideLevel;
import org.precis.slide.Slides;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code precis demo}: the main job, growing with each capability. Now: open every sample slide,
 * print its summary, write a thumbnail and one full-resolution region from its centre; then the
 * survival and clinical parts on R's NCCTG lung cancer data.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Run the demonstration on the sample data.")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--data", description = "Sample data folder (default: $PRECIS_DATA, else ../shared).")
    Path data;

    @Option(names = {"-o", "--output"}, defaultValue = "out/demo", description = "Output folder (default ${DEFAULT-VALUE}).")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path slidesFolder = DataFolder.resolve(data).resolve("samples").resolve("wsi");
        List<Path> files = slideFiles(slidesFolder);
        if (files.isEmpty()) {
            throw new IOException("no sample slides in " + slidesFolder);
        }
        Files.createDirectories(output);
        int failures = 0;
        try (Slides slides = Slides.withDefaults()) {
            for (Path file : files) {
                try (Slide slide = slides.open(file)) {
                    out.print(SlideSummary.of(slide, slides.codecs()).text());
                    String stem = file.getFileName().toString().replaceAll("\\.[^.]+$", "");
                    Path thumbnail = output.resolve(stem + ".thumbnail.png");
                    PngFile.write(slide.thumbnail(1024), thumbnail);
                    SlideLevel base = slide.levels().get(0);
                    int size = (int) Math.min(512, Math.min(base.width(), base.height()));
                    Path region = output.resolve(stem + ".region.png");
                    PngFile.write(slide.readRegion(RegionRequest.atLevel(0, (base.width() - size) / 2,
                            (base.height() - size) / 2, size, size)), region);
                    out.println("  wrote:      " + thumbnail + ", " + region);
                } catch (SlideException e) {
                    failures++;
                    out.println(file + "\n  FAILED: " + e.getMessage());
                }
                out.println();
                out.flush();
            }
        }
        out.printf("%d slide(s) read, %d failed; outputs in %s%n%n", files.size() - failures, failures, output);
        out.flush();
        Path samples = DataFolder.resolve(data).resolve("samples");
        int pathology = pathologyPart(samples, files, out);
        int survival = survivalPart(samples.resolve("clinical"), out);
        int federation = new DemoSteps(out, List.of()).add("federation", "demo", "--data", DataFolder.resolve(data)
                .toString()).run();
        return failures == 0 && pathology == 0 && survival == 0 && federation == 0 ? 0 : ErrorReporter.INPUT_FAILURE;
    }

    /**
     * Quality control of every slide that states its pixel size, a tile grid in µm, embeddings of a
     * slide's tissue tiles; the lung subtype model trained on LC25000 patches, and its heatmap
     * over the sample slides.
     */
    private int pathologyPart(Path samples, List<Path> slideFiles, PrintWriter out) throws IOException {
        Path wsi = samples.resolve("wsi");
        Path smallSlide = wsi.resolve("CMU-1-Small-Region.svs");
        DemoSteps steps = new DemoSteps(out, List.of(wsi, output, samples.resolve("patches")));
        try (Slides slides = Slides.withDefaults()) {
            for (Path file : slideFiles) {
                if (statesPixelSize(slides, file)) {
                    steps.add("slide", "qc", file.toString(), "-o", output.resolve("qc").toString());
                }
            }
        }
        steps.add("slide", "tiles", smallSlide.toString(), "--tile-px", "224", "--mpp", "0.5", "--min-tissue", "0.5",
                "-o", output.resolve("tiles").resolve("CMU-1-Small-Region.tiles.geojson").toString());
        String dataRoot = samples.getParent().toString();
        steps.add("embed", "--encoder", "mobilenet_v2", "--data", dataRoot, "--slides",
                smallSlide.toString(), "-o", output.resolve("bags").toString(), "--progress", "never");
        Path lungPatches = samples.resolve("patches").resolve("lung_LC25000_224px");
        String patchSet = output.resolve("lung_patches").toString();
        String model = output.resolve("lung_patch_model.json").toString();
        steps.add("embed", "--encoder", "mobilenet_v2", "--data", dataRoot, "--patches", lungPatches.toString(),
                "--labels", lungPatches.resolve("labels.csv").toString(), "--views", "dihedral8", "--stain-norm",
                "none,reinhard", "-o", patchSet);
        steps.add("patches", "train", "--embeddings", patchSet, "--view-pooling", "feature_mean", "-o", model,
                "--reliability-png", output.resolve("lung_patch_reliability.png").toString());
        steps.add("patches", "predict", "--data", dataRoot, "--model", model, "--images",
                lungPatches.resolve("lung_aca").resolve("lungaca1.jpeg").toString(),
                lungPatches.resolve("lung_n").resolve("lungn1.jpeg").toString(),
                lungPatches.resolve("lung_scc").resolve("lungscc1.jpeg").toString());
        for (String slide : List.of("CMU-1-Small-Region.svs", "OS-1-detail.ome.tif", "OS-2-ndpi.ome.tif")) {
            steps.add("slide", "heatmap", wsi.resolve(slide).toString(), "--model", model, "--encoder", "mobilenet_v2",
                    "--data", dataRoot, "-o", output.resolve("heatmaps").toString());
        }
        return steps.run();
    }

    private static boolean statesPixelSize(Slides slides, Path file) {
        try (Slide slide = slides.open(file)) {
            return slide.pixelSize().isPresent();
        } catch (SlideException e) {
            return false;
        }
    }

    /**
     * Kaplan-Meier by sex, the log-rank test and a Cox model on NCCTG lung; the Rotterdam to GBSG
     * external validation of Royston and Altman (2013); NPI and TNM examples.
     */
    private int survivalPart(Path clinical, PrintWriter out) throws IOException {
        String lung = clinical.resolve("survival_lung.csv").toString();
        String km = output.resolve("lung_km_by_sex.png").toString();
        Path tables = output.resolve("data");
        String rotterdam = copyDemoTable("rotterdam_node_positive_rfs.csv", tables);
        String gbsg = copyDemoTable("gbsg_rfs.csv", tables);
        String model = output.resolve("rotterdam_rfs_model.json").toString();
        String calibration = output.resolve("gbsg_calibration.png").toString();
        String[][] steps = {
            {"survival", "km", "--data", lung, "--time", "time", "--event", "status", "--event-value", "2", "--group",
                "sex", "--plot", km},
            {"survival", "logrank", "--data", lung, "--time", "time", "--event", "status", "--event-value", "2",
                "--group", "sex"},
            {"survival", "cox", "--data", lung, "--time", "time", "--event", "status", "--event-value", "2",
                "--covariates", "age,sex,ph.ecog", "--zph"},
            {"survival", "cox", "--data", rotterdam, "--time", "rfstime", "--event", "rfs", "--covariates",
                "age,meno,size,grade3,nodes,pgr,er,hormon", "--ref", "size=<=20", "--save-model", model},
            {"survival", "validate", "--model", model, "--data", gbsg, "--at", "1826", "--plot", calibration},
            {"clinical", "npi", "--size-mm", "22", "--positive-nodes", "2", "--grade", "2"},
            {"clinical", "tnm-lung", "--edition", "9", "--t", "T1b", "--n", "N2a", "--m", "M0"},
            {"clinical", "tnm-lung", "--edition", "8", "--t", "T1b", "--n", "N2", "--m", "M0"}};
        DemoSteps run = new DemoSteps(out, List.of(clinical, tables));
        for (String[] step : steps) {
            run.add(step);
        }
        int worst = run.run();
        out.println("  wrote:      " + km + ", " + model + ", " + calibration);
        out.flush();
        return worst;
    }

    /** A derived R table the jar carries (LGPL, see its ATTRIBUTION.md), written out for the commands to read. */
    private static String copyDemoTable(String name, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path target = folder.resolve(name);
        try (var in = DemoCommand.class.getResourceAsStream("demo/" + name)) {
            if (in == null) {
                throw new IOException("demo table missing from the build: " + name);
            }
            Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return target.toString();
    }

    private static List<Path> slideFiles(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.{svs,tif,tiff,dcm,ndpi,mrxs,scn,bif}")) {
            stream.forEach(files::add);
        }
        files.sort(null);
        return files;
    }
}
