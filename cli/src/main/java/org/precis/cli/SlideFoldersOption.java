package org.precis.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.precis.casework.library.SlideLibrary;
import picocli.CommandLine.Option;

/** {@code --slides DIR}...: the slide folders a workstation shows (default: the sample slides). */
final class SlideFoldersOption {

    @Option(
            names = "--slides",
            paramLabel = "DIR",
            description = "A folder of slides (repeatable; default: the sample slides, PRECIS_DATA/samples/wsi).")
    List<Path> slides = new ArrayList<>();

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "Sample data folder, with samples/ and the encoders in models/ (default: PRECIS_DATA,"
                    + " else ../shared).")
    Path data;

    /** The sample data folder: {@code --data}, else PRECIS_DATA, else ../shared. */
    Path dataFolder() {
        return DataFolder.resolve(data);
    }

    List<Path> roots() {
        return slides.isEmpty() ? List.of(dataFolder().resolve("samples").resolve("wsi")) : slides;
    }

    SlideLibrary library() throws IOException {
        return SlideLibrary.scan(roots());
    }
}
