/**
 * What a nucleus is ({@link org.precis.cells.nuclei.Nucleus}: an outline, a centroid and its
 * measurements) and what finds them ({@link org.precis.cells.nuclei.NucleusDetector}): one
 * interface for the classical detector and for learned detectors run through ONNX.
 */
package org.precis.cells.nuclei;
