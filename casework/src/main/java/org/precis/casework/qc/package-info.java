/** Tissue and slide quality as a case analysis: tissue area, focus and pen findings, the tissue outline as the overlay. */
package org.precis.casework.qc;
