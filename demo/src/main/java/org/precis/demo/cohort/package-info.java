/**
 * The demo's cohorts as site tables, from the R survival package's clinical tables: the NCCTG
 * lung table split across three sites by institution, and Rotterdam and GBSG harmonised to
 * recurrence-free survival as two breast cancer sites; the pooled table with a {@code site}
 * column, CSV files for the site processes, the four demo studies' parameters, and the pooled
 * single-machine reference ({@link org.precis.demo.cohort.PooledReference}) each federated study
 * is compared with. Demo and test machinery: the federation library does not depend on it.
 */
package org.precis.demo.cohort;
