package org.precis.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.precis.report.casereport.CaseReportPdf;
import org.precis.report.casereport.ReportFonts;
import org.precis.report.casereport.SampleCaseReports;

class FhirValidationTest {

    private static final FhirContext CONTEXT = FhirContext.forR4();
    private static FhirValidation validation;
    private static byte[] pdf;

    @BeforeAll
    static void build() throws IOException {
        validation = new FhirValidation(CONTEXT);
        pdf = new CaseReportPdf(ReportFonts.dejaVu(ReportFonts.DEBIAN_DEJAVU))
                .render(SampleCaseReports.amendedBreastCase());
    }

    @Test
    void theSampleReportHasNoErrors() {
        ValidationReport report = validation.validate(CaseReportBundle.of(SampleCaseReports.amendedBreastCase(), pdf));
        System.out.println("validation messages by severity: " + report.counts());
        report.issues()
                .forEach(issue ->
                        System.out.println(issue.severity() + (issue.isUncheckedCode() ? " (code not checked)" : "")
                                + " " + issue.location() + ": " + issue.message()));
        assertThat(report.errors()).isEmpty();
        // every LOINC code used is listed as not checked: the validator has no LOINC offline
        assertThat(report.uncheckedCodes())
                .allSatisfy(issue -> assertThat(issue.severity()).isEqualTo(ValidationIssue.Severity.INFORMATION))
                .extracting(ValidationIssue::message)
                .anySatisfy(message -> assertThat(message).contains("http://loinc.org#60568-3"))
                .anySatisfy(message -> assertThat(message).contains("http://loinc.org#29593-1"));
    }

    @Test
    void anObservationWithoutStatusIsAnError() {
        Bundle bundle = CaseReportBundle.of(SampleCaseReports.amendedBreastCase(), pdf);
        CaseReportBundleTest.resources(bundle, Observation.class).get(0).setStatus(null);
        ValidationReport report = validation.validate(bundle);
        assertThat(report.errors())
                .anySatisfy(issue -> assertThat(issue.location() + " " + issue.message())
                        .contains("Observation")
                        .contains("status"));
    }
}
