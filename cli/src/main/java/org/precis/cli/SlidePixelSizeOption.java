package org.precis.cli;

import java.util.Optional;
import java.util.OptionalDouble;
import picocli.CommandLine.Option;

/**
 * {@code --slide-mpp}, with one meaning in every command that reads a slide: the level-0 µm/px to
 * use, required when the slide states none and winning over the one it states (a file can be
 * wrong). Used as a picocli mixin.
 */
final class SlidePixelSizeOption {

    @Option(
            names = "--slide-mpp",
            paramLabel = "M",
            description = "Level-0 µm/px of the slide: needed when the file states none; "
                    + "given, it wins over the file's own.")
    Double slideMpp;

    /** The name before {@code --slide-mpp}: hidden, still accepted. */
    @Option(names = "--mpp-slide", hidden = true, paramLabel = "M", description = "Deprecated: use --slide-mpp.")
    void deprecatedMppSlide(double value) {
        slideMpp = value;
    }

    OptionalDouble given() {
        return slideMpp == null ? OptionalDouble.empty() : OptionalDouble.of(slideMpp);
    }

    Optional<Double> givenBoxed() {
        return Optional.ofNullable(slideMpp);
    }
}
