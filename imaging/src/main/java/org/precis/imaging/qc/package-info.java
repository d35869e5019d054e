/**
 * Slide quality control on top of the tissue mask: how much of the tissue is out of focus
 * (variance of the Laplacian, as {@code scipy.ndimage.laplace}, on a bounded sample of tissue
 * tiles), how much pen ink there is, and the haematoxylin and eosin densities over the tissue
 * (colour deconvolution as scikit-image's {@code rgb2hed}). {@link
 * org.precis.imaging.qc.QualityControl} runs it all on one slide and gives a {@link
 * org.precis.imaging.qc.QualityReport}, which {@link org.precis.imaging.qc.QcReportFile} writes as
 * JSON with its provenance.
 */
package org.precis.imaging.qc;
