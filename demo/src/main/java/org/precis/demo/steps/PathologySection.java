package org.precis.demo.steps;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The demo's pathology part: quality control of every slide that states its pixel size, a tile
 * grid in µm, embeddings of a slide's tissue tiles and of the LC25000 lung patches, the lung
 * subtype model trained on those patches, and its heatmaps over the sample slides it suits; with
 * a note for each slide left out, saying why and how to include it.
 */
final class PathologySection {
    static final String TITLE = "pathology";
    /** The slide the tile grid and the slide embedding are shown on. */
    static final String TILED_SLIDE = "CMU-1-Small-Region.svs";
    /** The µm/px the heatmap reads its tiles at (slide heatmap's default). */
    static final double TILE_MPP = 0.5;

    private static final String ENCODER = "mobilenet_v2";

    private final Path data;
    private final Path output;
    private final EchoedCommand echo;

    PathologySection(Path data, Path output, EchoedCommand echo) {
        this.data = data;
        this.output = output;
        this.echo = echo;
    }

    DemoSection of(List<SampleSlide> slides) {
        List<DemoStep> steps = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String qc = output.resolve("qc").toString();
        String heatmaps = output.resolve("heatmaps").toString();
        for (SampleSlide slide : slides) {
            if (slide.pixelSize().isPresent()) {
                steps.add(qc(slide, qc));
            }
        }
        Path wsi = data.resolve("samples").resolve("wsi");
        Path tiled = wsi.resolve(TILED_SLIDE);
        steps.add(
                new DemoStep(
                        List.of(
                                "slide",
                                "tiles",
                                tiled.toString(),
                                "--tile-px",
                                "224",
                                "--mpp",
                                "0.5",
                                "--min-tissue",
                                "0.5",
                                "-o",
                                output.resolve("tiles")
                                        .resolve("CMU-1-Small-Region.tiles.geojson")
                                        .toString()),
                        List.of(
                                new OutputDescription("tiles", "tile grids"),
                                new OutputDescription(
                                        "tiles/*.tiles.geojson",
                                        TILED_SLIDE
                                                + ": its 224 px tiles at 0.5 µm/px with at least half tissue, as QuPath tile annotations"))));
        steps.add(new DemoStep(
                List.of(
                        "embed",
                        "--encoder",
                        ENCODER,
                        "--data",
                        data.toString(),
                        "--slides",
                        tiled.toString(),
                        "-o",
                        output.resolve("bags").toString(),
                        "--progress",
                        "always"),
                List.of(
                        new OutputDescription("bags", "feature bags, one a slide"),
                        new OutputDescription(
                                "bags/*.h5",
                                TILED_SLIDE
                                        + ": the MobileNetV2 features of each kept tile (HDF5, CLAM/TRIDENT layout: features [N, D], "
                                        + "coords [N, 2] in level-0 px), with provenance"))));
        Path lungPatches = data.resolve("samples").resolve("patches").resolve("lung_LC25000_224px");
        String patchSet = output.resolve("lung_patches").toString();
        String model = model(output);
        steps.add(
                new DemoStep(
                        List.of(
                                "embed",
                                "--encoder",
                                ENCODER,
                                "--data",
                                data.toString(),
                                "--patches",
                                lungPatches.toString(),
                                "--labels",
                                lungPatches.resolve("labels.csv").toString(),
                                "--views",
                                "dihedral8",
                                "--stain-norm",
                                "none,reinhard",
                                "-o",
                                patchSet,
                                "--progress",
                                "always"),
                        List.of(
                                new OutputDescription("lung_patches", "the LC25000 lung patch set"),
                                new OutputDescription(
                                        "lung_patches/patches.h5",
                                        "the LC25000 lung patches (adenocarcinoma, benign, "
                                                + "squamous cell carcinoma) embedded: each patch's features averaged over its 8 flips and rotations "
                                                + "and 2 stain variants (as is, Reinhard), with labels, file names and the recipe"))));
        steps.add(new DemoStep(
                List.of(
                        "patches",
                        "train",
                        "--embeddings",
                        patchSet,
                        "--view-pooling",
                        "feature_mean",
                        "--class-name",
                        "lung_aca=lung adenocarcinoma",
                        "--class-name",
                        "lung_n=benign lung tissue",
                        "--class-name",
                        "lung_scc=lung squamous cell carcinoma",
                        "-o",
                        model,
                        "--reliability-png",
                        output.resolve("lung_patch_reliability.png").toString(),
                        "--progress",
                        "always"),
                List.of(
                        new OutputDescription(
                                "lung_patch_model.json",
                                "the lung subtype model trained on those patches: "
                                        + "weights, classes, embedding recipe, nested-CV metrics and provenance"),
                        new OutputDescription(
                                "lung_patch_reliability.png",
                                "reliability diagram of the model's nested-CV "
                                        + "held-out probabilities: predicted against observed frequency"))));
        steps.add(DemoStep.printing(
                "patches",
                "predict",
                "--data",
                data.toString(),
                "--model",
                model,
                "--images",
                lungPatches.resolve("lung_aca").resolve("lungaca1.jpeg").toString(),
                lungPatches.resolve("lung_n").resolve("lungn1.jpeg").toString(),
                lungPatches.resolve("lung_scc").resolve("lungscc1.jpeg").toString()));
        List<SampleSlide> mapped = new ArrayList<>();
        for (SampleSlide slide : slides) {
            if (!slide.opened()) {
                notes.add(slide.name() + " could not be opened: no QC and no heatmap");
                continue;
            }
            if (slide.pixelSize().isEmpty()) {
                notes.add(noPixelSize(slide, qc, model, heatmaps));
                continue;
            }
            Optional<String> skipped = heatmapSkipped(slide, mapped);
            if (skipped.isPresent()) {
                notes.add(skipped.get());
                continue;
            }
            mapped.add(slide);
            steps.add(heatmap(slide, model, heatmaps));
        }
        return new DemoSection(
                TITLE,
                "quality control, a tile grid in µm, tile and patch embeddings, the lung subtype "
                        + "model trained on LC25000 patches, and its heatmaps over the slides",
                steps,
                notes);
    }

    private static DemoStep qc(SampleSlide slide, String qc) {
        String stem = slide.stem();
        return new DemoStep(
                List.of("slide", "qc", slide.file().toString(), "-o", qc),
                List.of(
                        new OutputDescription("qc", "quality control of each slide that states its pixel size"),
                        new OutputDescription(
                                "qc/" + stem + ".mask.png", slide.name() + ": tissue mask at 8 µm/px (white: tissue)"),
                        new OutputDescription(
                                "qc/" + stem + ".qc-overlay.png",
                                slide.name() + ": QC over the thumbnail: usable tissue outlined, pen ink, sharp and"
                                        + " blurred focus tiles, with a legend and a scale bar"),
                        new OutputDescription(
                                "qc/" + stem + ".tissue.geojson",
                                slide.name() + ": tissue outlines as QuPath annotations (level-0 px)"),
                        new OutputDescription(
                                "qc/" + stem + ".qc.json",
                                slide.name()
                                        + ": QC report (tissue area and regions, focus, pen marks, stain) with its provenance")));
    }

    private DemoStep heatmap(SampleSlide slide, String model, String heatmaps) {
        String stem = slide.stem();
        return new DemoStep(
                List.of(
                        "slide",
                        "heatmap",
                        slide.file().toString(),
                        "--model",
                        model,
                        "--encoder",
                        ENCODER,
                        "--data",
                        data.toString(),
                        "-o",
                        heatmaps,
                        "--progress",
                        "always"),
                List.of(
                        new OutputDescription("heatmaps", "the lung model's tile predictions over the slides it suits"),
                        new OutputDescription(
                                "heatmaps/" + stem + ".heatmap.png",
                                slide.name() + ": each tissue tile's predicted class over the thumbnail"),
                        new OutputDescription(
                                "heatmaps/" + stem + ".heatmap.*.png",
                                slide.name()
                                        + ": one class's probability per tissue tile over the thumbnail (the class is in the file name)"),
                        new OutputDescription(
                                "heatmaps/" + stem + ".heatmap.geojson",
                                slide.name() + ": the tiles with their class probabilities as QuPath measurements"),
                        new OutputDescription(
                                "heatmaps/" + stem + ".heatmap.json",
                                slide.name()
                                        + ": the heatmap's summary: classes, tile counts, model, encoder and provenance")));
    }

    /** Why a slide that states its pixel size gets no heatmap, if it gets none. */
    private static Optional<String> heatmapSkipped(SampleSlide slide, List<SampleSlide> mapped) {
        double mpp =
                Math.max(slide.pixelSize().get().mppX(), slide.pixelSize().get().mppY());
        if (mpp > TILE_MPP * 1.05) {
            return Optional.of(slide.name() + ": no heatmap, its full resolution (" + slide.pixelSizeText()
                    + ") is coarser than the " + TILE_MPP + " µm/px the lung model's tiles are read at");
        }
        for (SampleSlide earlier : mapped) {
            if (slide.stem().startsWith(earlier.stem() + "_")) {
                return Optional.of(slide.name() + ": no heatmap, it holds " + earlier.name()
                        + "'s pixels in another TIFF layout, and its heatmap would repeat that one");
            }
        }
        return Optional.empty();
    }

    private String noPixelSize(SampleSlide slide, String qc, String model, String heatmaps) {
        String file = slide.file().toString();
        return slide.name() + " states no pixel size, so it gets no QC and no heatmap: both work in µm (the tissue "
                + "mask at 8 µm/px, the model's tiles at " + TILE_MPP
                + " µm/px), and a guessed pixel size would silently "
                + "change every measure. If you know its µm/px at full resolution (e.g. 0.25 for a 40x scan), give it: "
                + echo.text(List.of("slide", "qc", file, "--slide-mpp", "0.25", "-o", qc)) + " and "
                + echo.text(List.of(
                        "slide",
                        "heatmap",
                        file,
                        "--model",
                        model,
                        "--encoder",
                        ENCODER,
                        "--data",
                        data.toString(),
                        "--slide-mpp",
                        "0.25",
                        "-o",
                        heatmaps));
    }

    /** The lung subtype model this section trains (the workstation's heatmap analysis reads it). */
    static String model(Path output) {
        return output.resolve("lung_patch_model.json").toString();
    }
}
