package org.precis.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.precis.slide.Slide;
import org.precis.slide.Slides;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code precis slide info FILE}: levels, pixel size, associated images, properties, reader. */
@Command(
        name = "info",
        mixinStandardHelpOptions = true,
        description = "Describe a slide: format, reader, levels, "
                + "pixel size, objective power, associated images and properties.")
final class SlideInfoCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The slide file.")
    Path file;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Slides slides = Slides.withCache(0);
                Slide slide = slides.open(file)) {
            SlideSummary summary = SlideSummary.of(slide, slides.codecs());
            if (json) {
                new JsonPrinter().print(spec.commandLine().getOut(), summary);
            } else {
                spec.commandLine().getOut().print(summary.text());
                spec.commandLine().getOut().flush();
            }
        }
        return 0;
    }
}
