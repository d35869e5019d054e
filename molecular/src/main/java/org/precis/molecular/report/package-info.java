/**
 * One patient's molecular result as a report or FHIR layer renders it: {@link
 * org.precis.molecular.report.PatientReport} holds the PAM50 subtype with its correlations and
 * probabilities, ROR-S with its group and, given a saved Cox model and the patient's clinical row,
 * the predicted survival curve with its 95% band (as R's survfit; none from a format-1 model file) and
 * risk group ({@link org.precis.molecular.report.PredictedSurvival});
 * {@link org.precis.molecular.report.PatientReports} builds it from a cohort's PAM50 result.
 */
package org.precis.molecular.report;
