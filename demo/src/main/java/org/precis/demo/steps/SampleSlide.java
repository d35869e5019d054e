package org.precis.demo.steps;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.precis.slide.PixelSize;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;
import org.precis.slide.SlideLevel;
import org.precis.slide.Slides;

/**
 * A sample slide as the demo plans for it: its file, its level-0 size and its stated pixel size
 * (empty when the file states none), or why it could not be opened.
 */
record SampleSlide(Path file, long width, long height, Optional<PixelSize> pixelSize, Optional<String> problem) {
    /** The slide files the demo shows. */
    static final String PATTERN = "*.{svs,tif,tiff,dcm,ndpi,mrxs,scn,bif}";

    /** Every slide file in {@code folder}, by name, opened once to read its size and pixel size. */
    static List<SampleSlide> readAll(Path folder, Slides slides) throws IOException {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, PATTERN)) {
                stream.forEach(files::add);
            }
        }
        files.sort(null);
        List<SampleSlide> out = new ArrayList<>();
        for (Path file : files) {
            try (Slide slide = slides.open(file)) {
                SlideLevel base = slide.levels().get(0);
                out.add(new SampleSlide(file, base.width(), base.height(), slide.pixelSize(), Optional.empty()));
            } catch (SlideException e) {
                out.add(new SampleSlide(file, 0, 0, Optional.empty(), Optional.of(e.getMessage())));
            }
        }
        return out;
    }

    String name() {
        return file.getFileName().toString();
    }

    /** The name without its last extension, as the demo's thumbnails and regions are named. */
    String baseName() {
        return name().replaceAll("\\.[^.]+$", "");
    }

    /** The name without its slide extension ({@code .ome.tif} counts as one), as QC and heatmaps name files. */
    String stem() {
        String lower = name().toLowerCase(Locale.ROOT);
        for (String compound : new String[] {".ome.tiff", ".ome.tif"}) {
            if (lower.endsWith(compound)) {
                return name().substring(0, name().length() - compound.length());
            }
        }
        return baseName();
    }

    boolean opened() {
        return problem.isEmpty();
    }

    /** {@code 0.4990 µm/px}, or that the file states none. */
    String pixelSizeText() {
        return pixelSize
                .map(p -> p.mppX() == p.mppY()
                        ? String.format(Locale.ROOT, "%.4f µm/px", p.mppX())
                        : String.format(Locale.ROOT, "%.4f x %.4f µm/px", p.mppX(), p.mppY()))
                .orElse("pixel size not stated");
    }
}
