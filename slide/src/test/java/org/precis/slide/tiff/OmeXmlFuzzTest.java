package org.precis.slide.tiff;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.precis.slide.CorruptSlideException;

/**
 * Mutated OME-XML (an OME-TIFF's image description) through the OME-XML parser: only
 * {@link CorruptSlideException} naming the file may come out. The seeds are the OME-XML of the
 * two sample OME-TIFFs and variants with other units and an objective.
 */
class OmeXmlFuzzTest {

    private static final Path FILE = Path.of("fuzzed.ome.tif");

    @FuzzTest(maxDuration = "5s")
    void omeXmlParserRaisesOnlyCorruptSlide(byte[] input) {
        try {
            OmeMetadata.parse(FILE, new String(input, StandardCharsets.UTF_8));
        } catch (CorruptSlideException expected) {
            if (!expected.getMessage().contains(FILE.toString())) {
                throw new AssertionError("message does not name the file: " + expected.getMessage(), expected);
            }
        }
    }
}
