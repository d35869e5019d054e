package org.precis.report.casereport;

import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything one version of a case report says, as built by the server or the CLI from the case
 * store; the renderers add nothing but layout.
 *
 * @param caseId the case's id
 * @param patientPseudonym the pseudonymous patient id (never a name)
 * @param specimen the specimen ({@code left breast, core biopsy})
 * @param status draft, signed or amended
 * @param version the report version, from 1
 * @param amendmentReason why this version amends a signed one: present exactly when amended
 * @param clinicalData the clinical columns the analyses used, in order (name to value)
 * @param findings the findings in report order
 * @param models the cards of the models the findings refer to
 * @param slides the case's slides
 * @param keyImages figures shown in the report
 * @param signatures every signature so far, oldest first
 * @param softwareVersion the Precis version that made the report
 * @param generatedAt when this rendering was made
 */
public record CaseReport(
        String caseId,
        String patientPseudonym,
        String specimen,
        ReportStatus status,
        int version,
        Optional<String> amendmentReason,
        Map<String, Object> clinicalData,
        List<ReportedFinding> findings,
        List<ModelCard> models,
        List<ReportSlide> slides,
        List<KeyImage> keyImages,
        List<Signature> signatures,
        String softwareVersion,
        Instant generatedAt) {

    public CaseReport {
        Text.require("case id", caseId);
        Text.require("patient pseudonym of case " + caseId, patientPseudonym);
        Text.require("specimen of case " + caseId, specimen);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(amendmentReason, "amendmentReason");
        Text.require("software version", softwareVersion);
        Objects.requireNonNull(generatedAt, "generatedAt");
        if (version < 1) {
            throw new IllegalArgumentException("case " + caseId + ": report version must be 1 or more, not " + version);
        }
        if (amendmentReason.isPresent() != (status == ReportStatus.AMENDED)) {
            throw new IllegalArgumentException(
                    "case " + caseId + ": an amended report gives its reason, and only an amended one");
        }
        amendmentReason.ifPresent(reason -> Text.require("amendment reason of case " + caseId, reason));
        clinicalData = Collections.unmodifiableMap(new LinkedHashMap<>(clinicalData));
        findings = List.copyOf(findings);
        models = List.copyOf(models);
        slides = List.copyOf(slides);
        keyImages = List.copyOf(keyImages);
        signatures = List.copyOf(signatures);
        check(caseId, status, version, findings, models, signatures);
    }

    private static void check(
            String caseId,
            ReportStatus status,
            int version,
            List<ReportedFinding> findings,
            List<ModelCard> models,
            List<Signature> signatures) {
        Set<String> modelIds = new HashSet<>();
        for (ModelCard model : models) {
            if (!modelIds.add(model.id())) {
                throw new IllegalArgumentException("case " + caseId + ": model " + model.id() + " is listed twice");
            }
        }
        Set<String> keys = new HashSet<>();
        for (ReportedFinding finding : findings) {
            if (!keys.add(finding.key())) {
                throw new IllegalArgumentException(
                        "case " + caseId + ": finding " + finding.key() + " is listed twice");
            }
            finding.modelId().ifPresent(id -> {
                if (!modelIds.contains(id)) {
                    throw new IllegalArgumentException("case " + caseId + ": finding " + finding.key()
                            + " refers to model " + id + ", which has no model card");
                }
            });
            if (status != ReportStatus.DRAFT && finding.decision() == ReviewDecision.UNREVIEWED) {
                throw new IllegalArgumentException("case " + caseId + ": finding " + finding.key()
                        + " is unreviewed in a " + status.name().toLowerCase(java.util.Locale.ROOT) + " report");
            }
        }
        for (Signature signature : signatures) {
            if (signature.version() > version) {
                throw new IllegalArgumentException("case " + caseId + ": a signature on version " + signature.version()
                        + " is newer than the report (version " + version + ")");
            }
        }
        if (status != ReportStatus.DRAFT
                && signatures.stream().noneMatch(signature -> signature.version() == version)) {
            throw new IllegalArgumentException(
                    "case " + caseId + ": a " + status.name().toLowerCase(java.util.Locale.ROOT)
                            + " report needs a signature on its version " + version);
        }
    }

    /** The card of a model the report lists. */
    public Optional<ModelCard> model(String id) {
        return models.stream().filter(model -> model.id().equals(id)).findFirst();
    }

    /** The latest signature, if any. */
    public Optional<Signature> latestSignature() {
        return signatures.isEmpty() ? Optional.empty() : Optional.of(signatures.get(signatures.size() - 1));
    }
}
