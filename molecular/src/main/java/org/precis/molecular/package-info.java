/**
 * Molecular subtyping of breast cancer from expression tables: {@link org.precis.molecular.expression}
 * reads the tables (samples in rows, probes in columns, and the probe annotation), {@link
 * org.precis.molecular.pam50} computes PAM50 intrinsic subtypes and the ROR-S score exactly as
 * Bioconductor genefu 2.39.1 does; {@link org.precis.molecular.risk} combines them with clinical
 * variables in Cox models developed on one cohort and validated on another (through the survival
 * module), and {@link org.precis.molecular.report} gives one patient's result for a report.
 */
package org.precis.molecular;
