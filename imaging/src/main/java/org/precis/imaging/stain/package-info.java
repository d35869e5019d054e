/**
 * Stain separation and normalisation for bright-field slides: Ruifrok–Johnston colour
 * deconvolution, computed exactly as scikit-image's {@code rgb2hed}/{@code hed2rgb} so that
 * results can be compared with the Python tools pathologists already use.
 */
package org.precis.imaging.stain;
