/**
 * Lung cancer TNM stage grouping by edition: the 8th edition (IASLC proposals, Goldstraw et al.,
 * J Thorac Oncol 2016;11:39-51; UICC/AJCC 8th edition, in use from 2017/2018) and the 9th
 * edition (IASLC proposals, Rami-Porta et al., J Thorac Oncol 2024;19:1007-1027; UICC 9th
 * edition, in force from 1 January 2025), which splits N2 into N2a (single station) and N2b
 * (multiple stations) and M1c into M1c1 (one organ system) and M1c2 (several).
 *
 * <p>Each edition's grouping is data: an enum-keyed table in {@link org.precis.clinical.tnm.StageTable}.
 * A combination the published table does not list (TX, T0, Tis or T1mi with involved nodes,
 * NX without distant metastasis, or a category the edition does not have) is refused with an
 * {@link java.lang.IllegalArgumentException} naming the edition and the category, never guessed.
 * Every result states the edition it was grouped by.
 */
package org.precis.clinical.tnm;
