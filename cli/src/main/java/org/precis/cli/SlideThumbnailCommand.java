package org.precis.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.precis.report.figure.PngFile;
import org.precis.slide.Slide;
import org.precis.slide.Slides;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code precis slide thumbnail}: the whole slide, longer side at most {@code --max-size} pixels. */
@Command(name = "thumbnail", mixinStandardHelpOptions = true, description = "Write a thumbnail of the whole slide.")
final class SlideThumbnailCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The slide file.")
    Path file;

    @Option(
            names = "--max-size",
            defaultValue = "1024",
            description = "Longer side in pixels (default ${DEFAULT-VALUE}).")
    int maxSize;

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
        try (Slides slides = Slides.withDefaults();
                Slide slide = slides.open(file)) {
            PngFile.write(slide.thumbnail(maxSize), output);
        }
        spec.commandLine().getOut().println(output);
        return 0;
    }
}
