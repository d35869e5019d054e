/**
 * Nottingham grade components from classified nuclei: mitotic count per mm² and per 10 high-power
 * fields of a stated diameter, over the tumour and in the hot spot, scored by the published
 * field-diameter table ({@link org.precis.cells.grade.MitoticScoreTable}); a research estimate of
 * nuclear pleomorphism from nucleus sizes; tubule formation from gland lumina where they were
 * looked for; a bootstrap over high-power-field blocks for intervals and score probabilities; the
 * grade summed by {@code org.precis.clinical.grade}. Research use only, not a diagnosis.
 */
package org.precis.cells.grade;
