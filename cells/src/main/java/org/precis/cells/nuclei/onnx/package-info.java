/**
 * Learned nucleus detectors run through ONNX Runtime behind the one {@link
 * org.precis.cells.nuclei.NucleusDetector} interface: a JSON descriptor names the model, its
 * input normalisation, its probability and distance outputs and the post-processing, which is the
 * classical detector's seeded watershed ({@link org.precis.cells.nuclei.classical.WatershedSplit}).
 */
package org.precis.cells.nuclei.onnx;
