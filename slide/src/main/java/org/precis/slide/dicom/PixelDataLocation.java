package org.precis.slide.dicom;

/**
 * Where the top-level Pixel Data element's value lies.
 *
 * @param offset file offset of the value (for encapsulated data, of the Basic Offset Table item)
 * @param length value length, or -1 when undefined, which means encapsulated (compressed) frames
 */
record PixelDataLocation(long offset, long length) {

    boolean encapsulated() {
        return length < 0;
    }
}
