/**
 * How much the Ki67 index moves when the same tissue is imaged differently: the changes one
 * scanner's image of a block differs from another's by (pixel size, JPEG quality, colour
 * response, stain hue), made on an image Precis can see, with Precis's rule and QuPath's fixed
 * threshold scored side by side.
 */
package org.precis.cells.ihc.robustness;
