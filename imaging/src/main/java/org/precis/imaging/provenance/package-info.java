/**
 * Where an imaging result came from: {@link org.precis.imaging.provenance.SlideProvenance} (the
 * slide by content hash, the µm/px used and whether the slide stated it or the user gave it, the
 * software and parameters) is written into every QC report, tile table and tissue file, and gives
 * its common part as an {@link org.precis.io.provenance.Provenance}.
 * {@link org.precis.imaging.provenance.SlidePixelSize} picks the pixel size a result is computed at.
 */
package org.precis.imaging.provenance;
