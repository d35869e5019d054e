package org.precis.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.precis.report.figure.PngFile;
import org.precis.slide.RegionRequest;
import org.precis.slide.Resolution;
import org.precis.slide.RgbImage;
import org.precis.slide.Slide;
import org.precis.slide.Slides;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code precis slide region}: one region to a PNG, as OpenSlide's {@code read_region}. */
@Command(
        name = "region",
        mixinStandardHelpOptions = true,
        description = "Read a region to a PNG. X and Y are "
                + "level-0 pixels; width and height are pixels at the level or resolution read.")
final class SlideRegionCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The slide file.")
    Path file;

    @ArgGroup(exclusive = true, multiplicity = "1")
    ResolutionChoice resolution;

    static final class ResolutionChoice {
        @Option(names = "--level", paramLabel = "L", description = "Pyramid level, 0 = full resolution.")
        Integer level;

        @Option(names = "--mpp", paramLabel = "M", description = "Micrometres per output pixel.")
        Double mpp;

        Resolution toResolution() {
            return level != null ? Resolution.level(level) : Resolution.mpp(mpp);
        }
    }

    @Option(names = "--x", required = true, description = "Left edge, level-0 pixels.")
    long x;

    @Option(names = "--y", required = true, description = "Top edge, level-0 pixels.")
    long y;

    @Option(names = "--width", required = true, description = "Width in output pixels.")
    int width;

    @Option(names = "--height", required = true, description = "Height in output pixels.")
    int height;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "PNG",
            description = "Where to write the PNG.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        RegionRequest request = new RegionRequest(x, y, width, height, resolution.toResolution());
        try (Slides slides = Slides.withDefaults();
                Slide slide = slides.open(file)) {
            RgbImage region = slide.readRegion(request);
            PngFile.write(region, output);
        }
        spec.commandLine().getOut().println(output);
        return 0;
    }
}
