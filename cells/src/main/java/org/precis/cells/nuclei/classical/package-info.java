/**
 * The classical nucleus detector: colour deconvolution (stain vectors estimated per image or
 * given), background subtraction, Gaussian smoothing, Otsu's threshold, and a seeded watershed of
 * the distance transform that splits touching nuclei; every step on primitive arrays in linear
 * or near-linear time, each in a class of its own that follows the scikit-image/scipy function
 * named in its documentation, so that the steps can be checked against them one by one.
 */
package org.precis.cells.nuclei.classical;
