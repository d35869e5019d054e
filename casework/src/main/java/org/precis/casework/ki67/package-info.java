/**
 * The Ki67 index of an IHC slide as a case analysis: the index, the hot spot, the H-score and the
 * scored nuclei, on a region or tile by tile over a whole slide, with the layers the viewer lays
 * over it (the nuclei, the index map square by square, the hot-spot circle).
 */
package org.precis.casework.ki67;
