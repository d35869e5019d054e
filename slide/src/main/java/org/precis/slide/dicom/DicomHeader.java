package org.precis.slide.dicom;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A Part 10 file up to its pixel data: the file meta group, the dataset, and where the pixel
 * data starts (absent for a file without one).
 */
record DicomHeader(
        Path path,
        DicomDataset meta,
        DicomDataset dataset,
        String transferSyntaxUid,
        Optional<PixelDataLocation> pixelData) {}
