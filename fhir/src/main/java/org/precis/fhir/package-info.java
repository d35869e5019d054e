/**
 * The case report as a FHIR R4 Bundle built with HAPI FHIR structures ({@link
 * org.precis.fhir.CaseReportBundle}), its JSON form ({@link org.precis.fhir.FhirJson}) and its
 * offline validation with HAPI's instance validator ({@link org.precis.fhir.FhirValidation}). Its
 * own module because HAPI's jars are large; the {@code FhirContext} is made once by the caller and
 * passed in, because it is expensive.
 */
package org.precis.fhir;
