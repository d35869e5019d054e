/**
 * The case report as one value ({@link org.precis.report.casereport.CaseReport}: case, findings
 * with the model's and the pathologist's values, model cards, slides, key images, signatures) and
 * its renderings: a self-contained printable HTML page ({@link
 * org.precis.report.casereport.CaseReportHtml}) and the same page as PDF ({@link
 * org.precis.report.casereport.CaseReportPdf}). No database and no HTTP here: the server and the
 * CLI build the value from the case store and hand it over. The FHIR R4 form lives in the {@code
 * fhir} module, which keeps HAPI's large jars out of this one.
 */
package org.precis.report.casereport;
