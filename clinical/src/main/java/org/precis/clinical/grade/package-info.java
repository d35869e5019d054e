/**
 * Nottingham histological grade of invasive breast carcinoma (the Elston-Ellis modification of
 * the Bloom-Richardson grade): three component scores of 1-3 (tubule formation, nuclear
 * pleomorphism, mitotic count) summed to 3-9 and banded into grade 1 (3-5), 2 (6-7) or 3 (8-9).
 *
 * <p>Source: Elston CW, Ellis IO. Pathological prognostic factors in breast cancer. I. The value
 * of histological grade in breast cancer: experience from a large study with long-term
 * follow-up. Histopathology 1991;19:403-410.
 *
 * <p>The mitotic score from a count per 10 high-power fields, which depends on the microscope's
 * field diameter through the published table, is measured from images in the cells module
 * ({@code org.precis.cells.grade.MitoticScoreTable}, with its source and checks), which sums the
 * components to the grade here.
 */
package org.precis.clinical.grade;
