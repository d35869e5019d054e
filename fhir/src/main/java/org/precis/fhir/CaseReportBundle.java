package org.precis.fhir;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Specimen;
import org.precis.report.casereport.CaseReport;
import org.precis.report.casereport.ReportedFinding;
import org.precis.report.casereport.Signature;

/**
 * A case report as a FHIR R4 Bundle of type {@code collection}: Patient (by pseudonym only),
 * Specimen, the pathologists as Practitioners, a Device for Precis and one per model, one
 * Observation per finding, the DiagnosticReport with the PDF as its presented form, and Provenance
 * for the report and for each finding.
 *
 * <p>Why {@code collection} and not {@code document}: the DiagnosticReport already is the report
 * (status, results, presented form); a document Bundle would need a Composition first that only
 * repeats it, and a receiving system files a collection's resources one by one. Full URLs are
 * {@code urn:uuid:} from the case, version and role (see {@link FhirIds}).
 */
public final class CaseReportBundle {

    static final String PATIENT = "patient";
    static final String SPECIMEN = "specimen";
    static final String REPORT = "report";
    static final String SOFTWARE_DEVICE = "device:software";

    /** Identifier systems Precis uses. */
    public static final String PSEUDONYM_SYSTEM = "urn:precis:pseudonym";

    public static final String USER_SYSTEM = "urn:precis:user";
    public static final String CASE_SYSTEM = "urn:precis:case";
    public static final String REPORT_SYSTEM = "urn:precis:report";

    private static final String V2_0074 = "http://terminology.hl7.org/CodeSystem/v2-0074";

    private CaseReportBundle() {}

    /** The bundle of {@code report}, with {@code pdf} (its rendering) as the presented form. */
    public static Bundle of(CaseReport report, byte[] pdf) {
        Objects.requireNonNull(report, "report");
        if (pdf == null || pdf.length < 5 || pdf[0] != '%' || pdf[1] != 'P' || pdf[2] != 'D' || pdf[3] != 'F') {
            throw new IllegalArgumentException("case " + report.caseId() + ": the presented form is not a PDF");
        }
        FhirIds ids = new FhirIds(report.caseId(), report.version());
        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.COLLECTION);
        bundle.setIdentifier(reportIdentifier(report));
        bundle.setTimestamp(Date.from(report.generatedAt()));

        add(
                bundle,
                ids,
                PATIENT,
                new Patient()
                        .addIdentifier(
                                new Identifier().setSystem(PSEUDONYM_SYSTEM).setValue(report.patientPseudonym())));
        Specimen specimen = new Specimen().setSubject(ids.reference(PATIENT));
        specimen.setType(new CodeableConcept().setText(report.specimen()));
        add(bundle, ids, SPECIMEN, specimen);
        for (String user : pathologists(report)) {
            add(
                    bundle,
                    ids,
                    practitioner(user),
                    new Practitioner()
                            .addIdentifier(
                                    new Identifier().setSystem(USER_SYSTEM).setValue(user)));
        }
        add(bundle, ids, SOFTWARE_DEVICE, ReportDevices.software(report));
        report.models().forEach(card -> add(bundle, ids, modelDevice(card.id()), ReportDevices.model(card, ids)));

        DiagnosticReport diagnosticReport = diagnosticReport(report, pdf, ids);
        for (ReportedFinding finding : report.findings()) {
            Observation observation = FindingObservation.of(report, finding, ids);
            add(bundle, ids, observation(finding.key()), observation);
            diagnosticReport.addResult(ids.reference(observation(finding.key())));
        }
        add(bundle, ids, REPORT, diagnosticReport);
        add(bundle, ids, "provenance:report", ReportProvenance.ofReport(report, ids));
        for (ReportedFinding finding : report.findings()) {
            add(bundle, ids, "provenance:" + finding.key(), ReportProvenance.ofFinding(report, finding, ids));
        }
        return bundle;
    }

    static String practitioner(String user) {
        return "practitioner:" + user;
    }

    static String modelDevice(String modelId) {
        return "device:model:" + modelId;
    }

    static String observation(String key) {
        return "observation:" + key;
    }

    private static DiagnosticReport diagnosticReport(CaseReport report, byte[] pdf, FhirIds ids) {
        DiagnosticReport diagnosticReport = new DiagnosticReport();
        diagnosticReport.addIdentifier(new Identifier().setSystem(CASE_SYSTEM).setValue(report.caseId()));
        diagnosticReport.addIdentifier(reportIdentifier(report));
        diagnosticReport.setStatus(
                switch (report.status()) {
                    case DRAFT -> DiagnosticReport.DiagnosticReportStatus.PRELIMINARY;
                    case SIGNED -> DiagnosticReport.DiagnosticReportStatus.FINAL;
                    case AMENDED -> DiagnosticReport.DiagnosticReportStatus.AMENDED;
                });
        diagnosticReport.addCategory(new CodeableConcept()
                .addCoding(new Coding(V2_0074, "PAT", "Pathology (gross & histopath, not surgical)")));
        diagnosticReport.setCode(new CodeableConcept()
                .addCoding(new Coding(FindingCodes.LOINC, "60568-3", "Pathology Synoptic report"))
                .setText("Precis case report"));
        diagnosticReport.setSubject(ids.reference(PATIENT));
        diagnosticReport.addSpecimen(ids.reference(SPECIMEN));
        diagnosticReport.setEffective(new DateTimeType(Date.from(report.generatedAt())));
        diagnosticReport.setIssued(
                Date.from(report.latestSignature().map(Signature::signedAt).orElse(report.generatedAt())));
        for (Signature signature : report.signatures()) {
            if (diagnosticReport.getPerformer().stream()
                    .noneMatch(performer ->
                            performer.getReference().equals(ids.fullUrl(practitioner(signature.pathologist()))))) {
                diagnosticReport.addPerformer(ids.reference(practitioner(signature.pathologist())));
            }
        }
        report.latestSignature()
                .ifPresent(signature ->
                        diagnosticReport.addResultsInterpreter(ids.reference(practitioner(signature.pathologist()))));
        report.amendmentReason()
                .ifPresent(reason ->
                        diagnosticReport.setConclusion("Amended in version " + report.version() + ": " + reason));
        diagnosticReport.addPresentedForm(new Attachment()
                .setContentType("application/pdf")
                .setLanguage("en")
                .setData(pdf)
                .setSize(pdf.length)
                .setHash(sha1(pdf))
                .setTitle("Case report " + report.caseId() + ", version " + report.version())
                .setCreationElement(new DateTimeType(Date.from(report.generatedAt()))));
        return diagnosticReport;
    }

    private static Identifier reportIdentifier(CaseReport report) {
        return new Identifier().setSystem(REPORT_SYSTEM).setValue(report.caseId() + "/v" + report.version());
    }

    /** Signers then reviewers, each once, in order of appearance. */
    private static Set<String> pathologists(CaseReport report) {
        Set<String> users = new LinkedHashSet<>();
        report.signatures().forEach(signature -> users.add(signature.pathologist()));
        report.findings().stream()
                .map(ReportedFinding::reviewer)
                .filter(user -> !user.isBlank())
                .forEach(users::add);
        return users;
    }

    private static void add(Bundle bundle, FhirIds ids, String role, Resource resource) {
        bundle.addEntry().setFullUrl(ids.fullUrl(role)).setResource(resource);
    }

    /** FHIR's Attachment.hash is SHA-1 (R4), whatever one thinks of SHA-1. */
    private static byte[] sha1(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-1", e);
        }
    }
}
