package org.precis.report.casereport;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.precis.io.provenance.Provenance;

class CaseReportTest {

    private final CaseReport sample = SampleCaseReports.amendedBreastCase();

    @Test
    void refusesAnAmendmentWithoutReason() {
        assertThatThrownBy(() -> copy(ReportStatus.AMENDED, Optional.empty(), sample.findings(), sample.signatures()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BR-2026-0042")
                .hasMessageContaining("reason");
    }

    @Test
    void refusesASignedReportWithoutASignatureOnItsVersion() {
        assertThatThrownBy(() -> copy(
                        ReportStatus.SIGNED,
                        Optional.empty(),
                        sample.findings(),
                        sample.signatures().subList(0, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("signature on its version 2");
    }

    @Test
    void refusesUnreviewedFindingsOnceSigned() {
        ReportedFinding unreviewed = new ReportedFinding(
                "ki67_index",
                "Ki-67 index",
                "ki67",
                new FindingValue.Quantity(22.1, "%", "%", 1),
                Optional.empty(),
                ReviewDecision.UNREVIEWED,
                "",
                "",
                Optional.empty(),
                Optional.empty(),
                new Provenance("precis 0.1.0", Optional.empty(), Map.of(), Map.of()));
        assertThatThrownBy(
                        () -> copy(sample.status(), sample.amendmentReason(), List.of(unreviewed), sample.signatures()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ki67_index is unreviewed");
    }

    @Test
    void refusesAChangeWithoutThePathologistsValue() {
        assertThatThrownBy(() -> new ReportedFinding(
                        "npi",
                        "NPI",
                        "npi",
                        new FindingValue.Quantity(5.4, "1", "", 1),
                        Optional.empty(),
                        ReviewDecision.CHANGE,
                        "",
                        "dr.x",
                        Optional.empty(),
                        Optional.empty(),
                        new Provenance("precis 0.1.0", Optional.empty(), Map.of(), Map.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("finding npi");
    }

    @Test
    void refusesAKeyImageThatIsNotPng() {
        assertThatThrownBy(() -> new KeyImage("x", new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, "c"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("key image x is not a PNG");
    }

    @Test
    void refusesASignatureNewerThanTheReport() {
        assertThatThrownBy(() -> new CaseReport(
                        "C1",
                        "P1",
                        "S",
                        ReportStatus.SIGNED,
                        1,
                        Optional.empty(),
                        Map.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(new Signature("dr.x", Instant.EPOCH, 2, SignatureMeaning.SIGNED)),
                        "0.1.0",
                        Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("newer than the report");
    }

    private CaseReport copy(
            ReportStatus status, Optional<String> reason, List<ReportedFinding> findings, List<Signature> signatures) {
        return new CaseReport(
                sample.caseId(),
                sample.patientPseudonym(),
                sample.specimen(),
                status,
                sample.version(),
                reason,
                sample.clinicalData(),
                findings,
                sample.models(),
                sample.slides(),
                sample.keyImages(),
                signatures,
                sample.softwareVersion(),
                sample.generatedAt());
    }
}
