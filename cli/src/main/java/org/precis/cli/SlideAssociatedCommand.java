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

/** {@code precis slide associated}: a thumbnail, label or macro image the file carries. */
@Command(
        name = "associated",
        mixinStandardHelpOptions = true,
        description = {
            "Write an associated image (thumbnail, label, macro) to a PNG; `slide info` lists them.",
            "Label and macro images can show patient identifiers: treat them as personal data."
        })
final class SlideAssociatedCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The slide file.")
    Path file;

    @Option(names = "--name", required = true, description = "Which associated image.")
    String name;

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
        try (Slides slides = Slides.withCache(0);
                Slide slide = slides.open(file)) {
            PngFile.write(slide.associatedImage(name), output);
        }
        spec.commandLine().getOut().println(output);
        return 0;
    }
}
