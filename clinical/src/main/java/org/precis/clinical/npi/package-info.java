/**
 * The Nottingham Prognostic Index for operable primary breast cancer,
 * NPI = 0.2 &times; invasive tumour size (cm) + lymph-node stage (1-3) + histological grade (1-3),
 * and its prognostic groups.
 *
 * <p>Sources: Haybittle JL et al., Br J Cancer 1982;45:361-366 (the index); Galea MH, Blamey RW,
 * Elston CE, Ellis IO. The Nottingham Prognostic Index in primary breast cancer. Breast Cancer Res
 * Treat 1992;22:207-219 (the good/moderate/poor groups at 3.4 and 5.4); Blamey RW, Ellis IO,
 * Pinder SE, et al. Survival of invasive breast cancer according to the Nottingham Prognostic
 * Index in cases diagnosed in 1990-1999. Eur J Cancer 2007;43:1548-1555 (six groups: excellent,
 * good, moderate I, moderate II, poor, very poor).
 */
package org.precis.clinical.npi;
