/**
 * Risk models that combine clinical variables with PAM50 and ROR-S, through the survival module's
 * Cox model, saved-model format and external validation (reused, not copied): {@link
 * org.precis.molecular.risk.ClinicalPam50Join} puts a cohort's PAM50 calls beside its clinical
 * table, {@link org.precis.molecular.risk.AddedValueStudy} develops a clinical-only and an extended
 * model on one cohort, validates both on another, and measures what the molecular features add: the
 * likelihood-ratio test on the development cohort and the difference in Harrell's C on the
 * validation cohort with a bootstrap confidence interval. {@link
 * org.precis.molecular.risk.CohortSplit} splits one table (METABRIC) into cohorts by a column that
 * says where patients came from, and {@link org.precis.molecular.risk.CohortRecoding} makes a
 * registry export's text event and "not classified" cells what a Cox model reads.
 */
package org.precis.molecular.risk;
