/**
 * The case report from the case store: {@link org.precis.casework.report.CaseReports} builds one
 * report version as the report module's {@code CaseReport} (a signed version from the snapshot the
 * store froze at sign-off, never from the live case; the open draft from the live case in the same
 * layout), renders it as HTML, PDF and a FHIR R4 Bundle, writes the files atomically and records
 * every export in the audit trail. {@link org.precis.casework.report.ModelCards} holds the shipped
 * models' cards as JSON resources. The command line and the server only parse, call this and
 * write.
 */
package org.precis.casework.report;
