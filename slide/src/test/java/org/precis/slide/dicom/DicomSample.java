package org.precis.slide.dicom;

import java.nio.file.Path;
import org.precis.slide.SampleData;

/** The DICOM WSI sample slide. */
final class DicomSample {

    private DicomSample() {}

    static Path path() {
        return SampleData.slide("pathml_small_dicom_TCGA-XK-AAJU-01A-01-TS1.dcm");
    }
}
