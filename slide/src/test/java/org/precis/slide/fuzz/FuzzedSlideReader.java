package org.precis.slide.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.precis.slide.RegionRequest;
import org.precis.slide.Resolution;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;
import org.precis.slide.SlideLevel;
import org.precis.slide.Slides;
import org.precis.slide.codec.Codecs;
import org.precis.slide.spi.ReadLimits;
import org.precis.slide.spi.SlideFormat;

/**
 * Writes a fuzzer's input to a file and reads it the way a user would (open, a corner and the
 * centre of every level, a shrunk corner of the coarsest level, every associated image). Only a {@link SlideException} may come out; any
 * other exception or error is a finding.
 */
final class FuzzedSlideReader implements AutoCloseable {

    /** Small limits keep each input cheap; the limits themselves are what is under test. */
    private static final ReadLimits LIMITS = new ReadLimits(1 << 20, 1 << 22, 1 << 20, 64, 1 << 16);

    private final Slides slides;
    private final Path folder;
    private final String fileName;

    FuzzedSlideReader(List<SlideFormat> formats, String fileName) {
        this.slides = new Slides(Codecs.system(LIMITS.maxTilePixels()), 0, LIMITS, formats);
        this.fileName = fileName;
        try {
            this.folder = Files.createTempDirectory("precis-fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void read(byte[] input) {
        Path file = folder.resolve(fileName);
        try {
            Files.write(file, input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Slide slide = slides.open(file)) {
            for (SlideLevel level : slide.levels()) {
                slide.readRegion(RegionRequest.atLevel(level.index(), 0, 0, 32, 32));
                slide.readRegion(RegionRequest.atLevel(
                        level.index(),
                        (long) (level.width() * level.downsample() / 2),
                        (long) (level.height() * level.downsample() / 2),
                        32,
                        32));
            }
            // Shrinking the coarsest level 8 times decodes its tiles at reduced size where the codec can.
            SlideLevel coarsest = slide.levels().get(slide.levels().size() - 1);
            slide.readRegion(new RegionRequest(0, 0, 16, 16, Resolution.downsample(8 * coarsest.downsample())));
            for (String associated : slide.associatedImageNames()) {
                slide.associatedImage(associated);
            }
        } catch (SlideException expected) {
            // a clear, typed refusal is the contract
        }
    }

    @Override
    public void close() {
        slides.close();
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
            Files.delete(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
