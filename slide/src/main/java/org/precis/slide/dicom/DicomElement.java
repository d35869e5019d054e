package org.precis.slide.dicom;

import java.util.List;

/**
 * One data element as parsed.
 *
 * @param tag    {@code 0xGGGGEEEE}
 * @param vr     as stated (explicit VR) or as the reader knows it (implicit VR)
 * @param offset file offset of the value
 * @param length value length in bytes, or -1 for undefined length
 * @param value  the value bytes when small enough to keep, else null; not exposed to callers
 *               outside {@link DicomDataset}
 * @param items  the items of a sequence, empty for other elements
 */
record DicomElement(int tag, Vr vr, long offset, long length, byte[] value, List<DicomDataset> items) {
    DicomElement {
        items = List.copyOf(items);
    }
}
