package org.precis.report.figure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** Writes a figure in the format its file name asks for: {@code .png} or {@code .svg}. */
public final class FigureFile {

    private FigureFile() {}

    /** Checks, before anything is computed, that {@code target} names a format a figure is written in. */
    public static void requireFormat(Path target) {
        String name = target.getFileName() == null
                ? ""
                : target.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".svg") && !name.endsWith(".png")) {
            throw new IllegalArgumentException(target + ": a figure is written as .png or .svg");
        }
    }

    public static void write(Figure figure, Path target) throws IOException {
        requireFormat(target);
        if (target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
            SvgFile.write(figure, target);
        } else {
            PngFile.write(figure, target);
        }
    }
}
