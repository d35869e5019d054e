/**
 * Writing cells out: {@link org.precis.cells.output.Cell} (a nucleus with an optional class by name
 * and colour and a probability, so that H&amp;E classes and IHC scores share the writers), the
 * provenance every file carries, and the three formats chosen by extension
 * ({@link org.precis.cells.output.CellFormat}): QuPath GeoJSON detections, a CSV table with a
 * provenance sidecar, and HDF5 columns. Every file is written atomically; each writer reads back
 * what it wrote.
 */
package org.precis.cells.output;
