package org.precis.demo.steps;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The demo's immunohistochemistry part: the Ki67 index, H-score and hot spot of the sample Ki67
 * crop, scored tile by tile as a whole slide is, with the overlay a pathologist checks the calls on
 * and the cells for QuPath.
 */
final class IhcSection {
    static final String TITLE = "ihc";
    static final String KI67_CROP = "OS-2-ndpi.ome.tif";

    private IhcSection() {}

    static DemoSection of(Path data, Path output) {
        Path crop = data.resolve("samples").resolve("wsi").resolve(KI67_CROP);
        if (!Files.isRegularFile(crop)) {
            return new DemoSection(
                    TITLE,
                    "Ki67 on the sample IHC crop",
                    List.of(),
                    List.of(KI67_CROP + " is not in " + crop.getParent() + ": no Ki67 step"));
        }
        DemoStep ki67 = new DemoStep(
                List.of(
                        "ihc",
                        "ki67",
                        crop.toString(),
                        "--hscore",
                        "--hotspot-um",
                        "200",
                        "--tile-size",
                        "1024",
                        "--threads",
                        "2",
                        "-o",
                        output.resolve("ihc").toString()),
                List.of(
                        new OutputDescription("ihc", "the Ki67 step's files"),
                        new OutputDescription(
                                "ihc/*.ki67-overlay.png",
                                "Ki67 crop: every nucleus outlined by its H-score class (Negative blue, 1+ yellow,"
                                        + " 2+ orange, 3+ red, QuPath's colours), the 200 µm hot spot dashed; the"
                                        + " caption gives the index, the DAB threshold set from this image and the"
                                        + " hot spot's index"),
                        new OutputDescription(
                                "ihc/*.ki67.geojson",
                                "the nuclei as QuPath detections classed Negative/1+/2+/3+, with their"
                                        + " measurements (level-0 pixels)"),
                        new OutputDescription(
                                "ihc/*.ki67.json",
                                "the Ki67 report: cells, positive, index, H-score, hot spot, stain vectors and"
                                        + " thresholds used, warnings, provenance")));
        return new DemoSection(
                TITLE,
                "Ki67 on the sample IHC crop, tile by tile as a whole slide is scored (on a region this size"
                        + " the result is the one-image result): nuclei on haematoxylin + DAB, positive by a DAB"
                        + " threshold set from the image's own nuclei, H-score and the hot spot (research use, not a"
                        + " diagnosis)",
                List.of(ki67),
                List.of());
    }
}
