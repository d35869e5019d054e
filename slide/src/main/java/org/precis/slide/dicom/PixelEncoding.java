package org.precis.slide.dicom;

import java.nio.file.Path;
import org.precis.slide.UnsupportedSlideException;

/** How the frames of a transfer syntax are stored. */
enum PixelEncoding {
    /** Raw samples, frame after frame. */
    NATIVE,
    /** One JPEG stream per frame (ISO 10918-1 baseline). */
    JPEG,
    /** One JPEG 2000 codestream per frame. */
    JPEG2000;

    static PixelEncoding of(Path path, String transferSyntaxUid) throws UnsupportedSlideException {
        return switch (transferSyntaxUid) {
            case "1.2.840.10008.1.2", "1.2.840.10008.1.2.1" -> NATIVE;
            case "1.2.840.10008.1.2.4.50" -> JPEG;
            case "1.2.840.10008.1.2.4.90", "1.2.840.10008.1.2.4.91" -> JPEG2000;
            default ->
                throw new UnsupportedSlideException(
                        path,
                        "transfer syntax " + transferSyntaxUid
                                + " is not supported (JPEG baseline, JPEG 2000 and uncompressed little endian are)");
        };
    }
}
