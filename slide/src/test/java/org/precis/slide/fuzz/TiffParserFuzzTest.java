package org.precis.slide.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.precis.slide.tiff.AperioFormat;
import org.precis.slide.tiff.GenericTiffFormat;
import org.precis.slide.tiff.OmeTiffFormat;

/** Mutated TIFF, BigTIFF, Aperio and OME-TIFF files through the TIFF-family readers. */
class TiffParserFuzzTest {

    private static FuzzedSlideReader reader;

    @BeforeAll
    static void setUp() {
        reader = new FuzzedSlideReader(
                List.of(new AperioFormat(), new OmeTiffFormat(), new GenericTiffFormat()), "input.tif");
    }

    @AfterAll
    static void tearDown() {
        reader.close();
    }

    @FuzzTest(maxDuration = "5s")
    void tiffParsersRaiseOnlySlideExceptions(byte[] input) {
        reader.read(input);
    }
}
