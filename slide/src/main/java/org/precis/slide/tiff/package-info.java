/**
 * The TIFF family, read by the project's own container code: classic TIFF and BigTIFF, tiled and
 * stripped, pyramids as an IFD chain or as SubIFDs; Aperio SVS, OME-TIFF and generic pyramidal
 * TIFF (libvips); compressions none, LZW (with predictor), deflate, PackBits, JPEG (shared
 * JPEGTables, YCbCr or RGB) and JPEG 2000 (Aperio 33003/33005).
 *
 * <p>Every size, count and offset from the file is checked against the file's length and the
 * {@link org.precis.slide.spi.ReadLimits} before anything is allocated.
 */
package org.precis.slide.tiff;
