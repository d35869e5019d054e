package org.precis.slide.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.precis.slide.RegionRequest;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;
import org.precis.slide.SlideLevel;
import org.precis.slide.Slides;
import org.precis.slide.codec.Codecs;
import org.precis.slide.spi.ReadLimits;
import org.precis.slide.tiff.AperioFormat;
import org.precis.slide.tiff.GenericTiffFormat;
import org.precis.slide.tiff.OmeTiffFormat;

/**
 * Mutated slide files through Precis's own parsers and decoders: only {@link SlideException}s
 * may come out (a fuzz finding is any other exception, an error, or a hang). Without
 * {@code JAZZER_FUZZ} this replays the seeds and earlier findings in
 * {@code SlideParserFuzzTestInputs}; the build's {@code fuzz} run mutates them for a bounded time.
 */
class SlideParserFuzzTest {

    /** Small limits keep each input cheap; the limits themselves are what is under test. */
    private static final ReadLimits LIMITS = new ReadLimits(1 << 20, 1 << 22, 1 << 20, 64, 1 << 16);
    private static Slides slides;
    private static Path folder;

    @BeforeAll
    static void setUp() throws IOException {
        slides = new Slides(Codecs.system(LIMITS.maxTilePixels()), 0, LIMITS,
                List.of(new AperioFormat(), new OmeTiffFormat(), new GenericTiffFormat()));
        folder = Files.createTempDirectory("precis-fuzz");
    }

    @AfterAll
    static void tearDown() throws IOException {
        slides.close();
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }

    @FuzzTest(maxDuration = "45s")
    void tiffParsersRaiseOnlySlideExceptions(byte[] input) {
        readEverythingCheaply(input, "input.tif");
    }

    static void readEverythingCheaply(byte[] input, String name) {
        Path file = folder.resolve(name);
        try {
            Files.write(file, input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Slide slide = slides.open(file)) {
            for (SlideLevel level : slide.levels()) {
                slide.readRegion(RegionRequest.atLevel(level.index(), 0, 0, 32, 32));
                slide.readRegion(RegionRequest.atLevel(level.index(), (long) (level.width() * level.downsample() / 2),
                        (long) (level.height() * level.downsample() / 2), 32, 32));
            }
            for (String associated : slide.associatedImageNames()) {
                slide.associatedImage(associated);
            }
        } catch (SlideException expected) {
            // a clear, typed refusal is the contract
        }
    }
}
