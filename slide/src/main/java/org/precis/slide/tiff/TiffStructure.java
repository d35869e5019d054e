package org.precis.slide.tiff;

import java.nio.ByteOrder;
import java.util.List;

/** A parsed TIFF file: byte order, classic or BigTIFF, and the main IFD chain. */
record TiffStructure(ByteOrder order, boolean bigTiff, List<TiffDirectory> directories) {
    TiffStructure {
        directories = List.copyOf(directories);
    }
}
