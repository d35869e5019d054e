/**
 * Slide quality control as a picture: the thumbnail with the usable tissue outlined, pen ink and
 * the focus tiles (sharp and blurred) in distinct colours, a legend, a scale bar and the figures.
 */
package org.precis.report.qc;
