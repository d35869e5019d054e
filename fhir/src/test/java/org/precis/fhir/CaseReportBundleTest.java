package org.precis.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ResourceType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.precis.report.casereport.CaseReport;
import org.precis.report.casereport.CaseReportPdf;
import org.precis.report.casereport.ReportFonts;
import org.precis.report.casereport.SampleCaseReports;

class CaseReportBundleTest {

    private static final FhirContext CONTEXT = FhirContext.forR4();
    private static final CaseReport REPORT = SampleCaseReports.amendedBreastCase();
    private static byte[] pdf;
    private static Bundle bundle;

    @BeforeAll
    static void build() throws IOException {
        pdf = new CaseReportPdf(ReportFonts.dejaVu(ReportFonts.DEBIAN_DEJAVU)).render(REPORT);
        bundle = CaseReportBundle.of(REPORT, pdf);
    }

    @Test
    void holdsOneObservationPerFindingAndTheReportReferencesThem() {
        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
        List<Observation> observations = resources(bundle, Observation.class);
        assertThat(observations).hasSize(REPORT.findings().size());
        DiagnosticReport report = resources(bundle, DiagnosticReport.class).get(0);
        assertThat(report.getStatus()).isEqualTo(DiagnosticReport.DiagnosticReportStatus.AMENDED);
        assertThat(report.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("PAT");
        assertThat(report.getCode().getCodingFirstRep().getCode()).isEqualTo("60568-3");
        assertThat(report.getResult()).hasSize(observations.size());
        assertThat(report.getPerformer()).hasSize(2);
        Patient patient = resources(bundle, Patient.class).get(0);
        assertThat(patient.getIdentifierFirstRep().getValue()).isEqualTo("PSN-7F3K-91QX");
        assertThat(patient.getName()).isEmpty();
    }

    @Test
    void presentsThePdfWithItsSha1() throws Exception {
        DiagnosticReport report = resources(bundle, DiagnosticReport.class).get(0);
        var form = report.getPresentedFormFirstRep();
        assertThat(form.getContentType()).isEqualTo("application/pdf");
        assertThat(form.getData()).isEqualTo(pdf);
        assertThat(form.getHash()).isEqualTo(MessageDigest.getInstance("SHA-1").digest(pdf));
        assertThat(form.getTitle()).isEqualTo("Case report BR-2026-0042, version 2");
    }

    @Test
    void quantitiesAreUcum() {
        List<Quantity> quantities = new ArrayList<>();
        for (Observation observation : resources(bundle, Observation.class)) {
            if (observation.hasValueQuantity()) {
                quantities.add(observation.getValueQuantity());
            }
            observation.getComponent().stream()
                    .filter(component -> component.hasValueQuantity())
                    .forEach(component -> quantities.add(component.getValueQuantity()));
        }
        assertThat(quantities).hasSizeGreaterThan(10);
        for (Quantity quantity : quantities) {
            assertThat(quantity.getSystem()).isEqualTo("http://unitsofmeasure.org");
            assertThat(quantity.getCode()).isIn("%", "/mm2", "1", "{score}");
        }
    }

    @Test
    void keepsTheModelValueOfAChangedFindingAndCancelsARejectedOne() {
        Observation pam50 = observation("pam50_subtype");
        assertThat(pam50.getValueCodeableConcept().getCodingFirstRep().getCode())
                .isEqualTo("LumB");
        assertThat(pam50.getComponentFirstRep()
                        .getValueCodeableConcept()
                        .getCodingFirstRep()
                        .getCode())
                .isEqualTo("LumA");
        assertThat(pam50.getNoteFirstRep().getText()).contains("changed (model value Luminal A)");
        Observation lung = observation("lung_subtype");
        assertThat(lung.getStatus()).isEqualTo(Observation.ObservationStatus.CANCELLED);
        assertThat(lung.hasValue()).isFalse();
        assertThat(lung.getDataAbsentReason().getText()).isEqualTo("rejected by the pathologist");
        assertThat(lung.getNote().get(1).getText()).endsWith("research use — not a diagnosis on its own");
        Observation ki67 = observation("ki67_index");
        assertThat(ki67.getCode().getCoding().stream().map(Coding::getCode)).contains("29593-1");
        assertThat(ki67.getValueQuantity().getValue().doubleValue()).isEqualTo(22.1);
        assertThat(ki67.getComponent().get(1).getValueQuantity().getValue().doubleValue())
                .isEqualTo(20.3);
        assertThat(ki67.getComponent().get(2).getValueQuantity().getValue().doubleValue())
                .isEqualTo(24.0);
    }

    @Test
    void roundTripsThroughJsonWithTheSameResourcesAndReferences() {
        FhirJson json = new FhirJson(CONTEXT);
        String text = json.write(bundle);
        Bundle back = json.readBundle(text, "the sample bundle");
        assertThat(types(back)).isEqualTo(types(bundle));
        assertThat(back.getEntry().stream().map(Bundle.BundleEntryComponent::getFullUrl))
                .containsExactlyElementsOf(bundle.getEntry().stream()
                        .map(Bundle.BundleEntryComponent::getFullUrl)
                        .toList());
        Set<String> fullUrls = back.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getFullUrl)
                .collect(Collectors.toSet());
        List<String> references = references(back);
        assertThat(references)
                .hasSizeGreaterThan(40)
                .allSatisfy(reference -> assertThat(fullUrls).contains(reference));
        assertThat(references).containsExactlyElementsOf(references(bundle));
        assertThat(json.write(back)).isEqualTo(text);
        assertThat(back.getEntry().stream()
                        .map(Bundle.BundleEntryComponent::getResource)
                        .filter(Observation.class::isInstance)
                        .map(resource ->
                                ((Observation) resource).getNoteFirstRep().getText())
                        .filter(note -> note.contains(SampleCaseReports.HOSTILE_COMMENT)))
                .hasSize(1);
    }

    @Test
    void sameReportGivesTheSameBundle() {
        FhirJson json = new FhirJson(CONTEXT);
        assertThat(json.write(CaseReportBundle.of(REPORT, pdf))).isEqualTo(json.write(bundle));
    }

    @Test
    void refusesAPresentedFormThatIsNotAPdf() {
        assertThatThrownBy(() -> CaseReportBundle.of(REPORT, new byte[] {'<', 'h', 't', 'm', 'l'}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("case BR-2026-0042: the presented form is not a PDF");
    }

    @Test
    void refusesJsonThatIsNotABundle() {
        assertThatThrownBy(() -> new FhirJson(CONTEXT).readBundle("{\"resourceType\":\"Bundle\",\"typo\":1}", "x.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("x.json is not a FHIR R4 Bundle");
    }

    private static Observation observation(String key) {
        return resources(bundle, Observation.class).stream()
                .filter(observation -> observation.getCode().getCoding().stream()
                        .anyMatch(coding -> coding.getSystem().equals("urn:precis:finding")
                                && coding.getCode().equals(key)))
                .findFirst()
                .orElseThrow();
    }

    private static List<ResourceType> types(Bundle bundle) {
        return bundle.getEntry().stream()
                .map(entry -> entry.getResource().getResourceType())
                .toList();
    }

    private static List<String> references(Bundle bundle) {
        List<String> references = new ArrayList<>();
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            CONTEXT.newTerser().getAllPopulatedChildElementsOfType(entry.getResource(), Reference.class).stream()
                    .filter(Reference::hasReference)
                    .forEach(reference -> references.add(reference.getReference()));
        }
        return references;
    }

    static <T extends Resource> List<T> resources(Bundle bundle, Class<T> type) {
        return bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }
}
