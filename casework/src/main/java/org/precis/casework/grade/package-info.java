/**
 * The Nottingham grade components of a breast H&amp;E slide region as a case analysis: nuclei found
 * and classed, the mitotic count and score, nuclear pleomorphism, tubule formation and the grade,
 * with bootstrap intervals and the classed nuclei as the overlay. Research use, not a diagnosis.
 */
package org.precis.casework.grade;
