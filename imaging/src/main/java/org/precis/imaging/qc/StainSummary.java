package org.precis.imaging.qc;

import org.precis.imaging.stain.Stain;

/**
 * One stain's amount over the tissue pixels, in scikit-image's {@code rgb2hed} units (optical
 * density divided by {@code -ln(1e-6)}); percentiles interpolated linearly as numpy's default.
 */
public record StainSummary(Stain stain, long pixels, double mean, double p05, double p50, double p95) {}
