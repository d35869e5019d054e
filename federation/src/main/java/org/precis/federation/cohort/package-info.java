/**
 * The demo's cohorts as site tables, from the R survival package's clinical tables: the NCCTG
 * lung table split across three sites by institution, and Rotterdam and GBSG harmonised to
 * recurrence-free survival as two breast cancer sites; the pooled table with a {@code site}
 * column, CSV files for the site processes, and the four demo studies' parameters.
 */
package org.precis.federation.cohort;
