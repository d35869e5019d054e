/** The Ki67 index of an IHC slide as a case analysis: the index, the hot spot, the H-score and the scored nuclei. */
package org.precis.casework.ki67;
