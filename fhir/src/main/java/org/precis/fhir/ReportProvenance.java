package org.precis.fhir;

import java.util.Date;
import java.util.Map;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;
import org.precis.report.casereport.CaseReport;
import org.precis.report.casereport.ReportSlide;
import org.precis.report.casereport.ReportedFinding;
import org.precis.report.casereport.Signature;

/**
 * Provenance of the report (targets: the DiagnosticReport and every Observation; agents: the
 * signing pathologist as author, Precis as assembler, each model as performer; entities: the
 * slides by SHA-256) and of each finding (its Observation; agents: its model or Precis, its
 * reviewer as verifier; entities: its inputs by SHA-256, in their roles).
 */
final class ReportProvenance {

    private static final String PARTICIPANT_TYPE = "http://terminology.hl7.org/CodeSystem/provenance-participant-type";

    private ReportProvenance() {}

    static Provenance ofReport(CaseReport report, FhirIds ids) {
        Provenance provenance = new Provenance();
        provenance.addTarget(ids.reference(CaseReportBundle.REPORT));
        report.findings()
                .forEach(finding -> provenance.addTarget(ids.reference(CaseReportBundle.observation(finding.key()))));
        provenance.setRecorded(
                Date.from(report.latestSignature().map(Signature::signedAt).orElse(report.generatedAt())));
        report.latestSignature()
                .ifPresent(signature -> agent(
                        provenance,
                        "author",
                        "Author",
                        ids.reference(CaseReportBundle.practitioner(signature.pathologist()))));
        agent(provenance, "assembler", "Assembler", ids.reference(CaseReportBundle.SOFTWARE_DEVICE));
        report.models()
                .forEach(card -> agent(
                        provenance, "performer", "Performer", ids.reference(CaseReportBundle.modelDevice(card.id()))));
        for (ReportSlide slide : report.slides()) {
            provenance
                    .addEntity()
                    .setRole(Provenance.ProvenanceEntityRole.SOURCE)
                    .setWhat(new Reference()
                            .setIdentifier(new Identifier()
                                    .setSystem(ReportDevices.SHA256_SYSTEM)
                                    .setValue(slide.sha256()))
                            .setDisplay("slide " + slide.name()));
        }
        return provenance;
    }

    static Provenance ofFinding(CaseReport report, ReportedFinding finding, FhirIds ids) {
        Provenance provenance = new Provenance();
        provenance.addTarget(ids.reference(CaseReportBundle.observation(finding.key())));
        provenance.setRecorded(Date.from(
                finding.provenance().createdAt().map(FhirTimes::instant).orElse(report.generatedAt())));
        agent(
                provenance,
                "performer",
                "Performer",
                ids.reference(
                        finding.modelId().map(CaseReportBundle::modelDevice).orElse(CaseReportBundle.SOFTWARE_DEVICE)));
        if (!finding.reviewer().isBlank()) {
            agent(provenance, "verifier", "Verifier", ids.reference(CaseReportBundle.practitioner(finding.reviewer())));
        }
        for (Map.Entry<String, String> input :
                finding.provenance().inputSha256().entrySet()) {
            provenance
                    .addEntity()
                    .setRole(Provenance.ProvenanceEntityRole.SOURCE)
                    .setWhat(new Reference()
                            .setIdentifier(new Identifier()
                                    .setSystem(ReportDevices.SHA256_SYSTEM)
                                    .setValue(input.getValue()))
                            .setDisplay(input.getKey()));
        }
        return provenance;
    }

    private static void agent(Provenance provenance, String code, String display, Reference who) {
        provenance
                .addAgent()
                .setType(new CodeableConcept().addCoding(new Coding(PARTICIPANT_TYPE, code, display)))
                .setWho(who);
    }
}
