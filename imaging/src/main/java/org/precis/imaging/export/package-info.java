/**
 * Files that carry imaging results out of Precis: tissue outlines as GeoJSON that QuPath imports,
 * tile lists as GeoJSON or CSV, the quality report as JSON, the mask as a PNG, each with its
 * {@link org.precis.imaging.export.Provenance}. Every file is written to a temporary file in the
 * same folder and renamed when complete, so that an interrupted run never leaves a half-written
 * file that looks whole.
 */
package org.precis.imaging.export;
