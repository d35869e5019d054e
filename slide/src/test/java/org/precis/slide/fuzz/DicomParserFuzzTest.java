package org.precis.slide.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.precis.slide.dicom.DicomWsiFormat;

/** Mutated DICOM WSI files (the sample's header over small frames) through the DICOM reader. */
class DicomParserFuzzTest {

    private static FuzzedSlideReader reader;

    @BeforeAll
    static void setUp() {
        reader = new FuzzedSlideReader(List.of(new DicomWsiFormat()), "input.dcm");
    }

    @AfterAll
    static void tearDown() {
        reader.close();
    }

    @FuzzTest(maxDuration = "5s")
    void dicomParserRaisesOnlySlideExceptions(byte[] input) {
        reader.read(input);
    }
}
