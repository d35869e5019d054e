package org.precis.demo.steps;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's first part: every sample slide's summary, a thumbnail, and a full-resolution region
 * from its centre whose file name says where it lies and at which resolution.
 */
final class SlidesSection {
    static final String TITLE = "slides";
    static final int THUMBNAIL_PX = 1024;
    static final int REGION_PX = 512;

    private SlidesSection() {}

    static DemoSection of(List<SampleSlide> slides, Path output) {
        List<DemoStep> steps = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (SampleSlide slide : slides) {
            String file = slide.file().toString();
            steps.add(DemoStep.printing("slide", "info", file));
            if (!slide.opened()) {
                notes.add(slide.name() + " could not be opened ("
                        + slide.problem().get() + "): no thumbnail and no region");
                continue;
            }
            String thumbnail = slide.baseName() + ".thumbnail.png";
            steps.add(new DemoStep(
                    List.of(
                            "slide",
                            "thumbnail",
                            file,
                            "--max-size",
                            Integer.toString(THUMBNAIL_PX),
                            "-o",
                            output.resolve(thumbnail).toString()),
                    List.of(new OutputDescription(
                            thumbnail, slide.name() + ": the whole slide, longer side " + THUMBNAIL_PX + " px"))));
            int size = (int) Math.min(REGION_PX, Math.min(slide.width(), slide.height()));
            long x = (slide.width() - size) / 2;
            long y = (slide.height() - size) / 2;
            String region = slide.baseName() + ".region-x" + x + "-y" + y + "-" + size + "px-level0.png";
            steps.add(new DemoStep(
                    List.of(
                            "slide",
                            "region",
                            file,
                            "--level",
                            "0",
                            "--x",
                            Long.toString(x),
                            "--y",
                            Long.toString(y),
                            "--width",
                            Integer.toString(size),
                            "--height",
                            Integer.toString(size),
                            "-o",
                            output.resolve(region).toString()),
                    List.of(new OutputDescription(
                            region,
                            slide.name() + ": a " + size
                                    + " x " + size + " px region at level 0 (full resolution, " + slide.pixelSizeText()
                                    + ") from the slide's centre, top-left corner at level-0 x = " + x + ", y = "
                                    + y))));
        }
        return new DemoSection(
                TITLE,
                slides.size() + " sample slides: each one's summary (format, reader, levels, "
                        + "pixel size), a thumbnail and a full-resolution region from its centre",
                steps,
                notes);
    }
}
