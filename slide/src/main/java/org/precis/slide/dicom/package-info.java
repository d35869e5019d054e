/**
 * DICOM VL Whole Slide Microscopy Image (WSM) reading, with the project's own Part 10 parser
 * (dcm4che is not available): explicit and implicit VR little endian datasets, nested
 * sequences of defined and undefined length, encapsulated pixel data with Basic or Extended
 * Offset Tables; JPEG baseline, JPEG 2000 and uncompressed frames; TILED_FULL and TILED_SPARSE
 * layouts; and the instances of one series in one folder gathered into a pyramid with its
 * thumbnail, label and overview (macro).
 *
 * <p>Only headers are parsed at open; frames are read from the file one at a time when a tile
 * is asked for. Every declared length, count and nesting depth is checked against the file's
 * size and the {@link org.precis.slide.spi.ReadLimits} before it is used, so broken or hostile
 * files fail with a {@link org.precis.slide.SlideException} naming the file (and the tile).
 * Value lengths are not checked against their VR's maximum: real exporters exceed them.
 */
package org.precis.slide.dicom;
