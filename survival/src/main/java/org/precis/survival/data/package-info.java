/**
 * Tables of survival data and the designs built from them: {@link org.precis.survival.data.SurvivalTable}
 * reads a CSV with a header (numeric or text columns, empty or {@code NA} cells missing) and
 * {@link org.precis.survival.data.CoxDesign} turns chosen columns into times, events, covariates,
 * strata, clusters and case weights, dropping incomplete rows as R's {@code na.omit} does.
 * Bad input fails here, when the value is built, with a message naming the column and row.
 */
package org.precis.survival.data;
