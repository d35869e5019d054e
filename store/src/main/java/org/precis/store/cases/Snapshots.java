package org.precis.store.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.precis.store.users.User;

/**
 * What a signature freezes: the case, its clinical data, slides, analyses, the review that counts
 * for each finding, the annotations, and the version's own record (who signed when, the reason of
 * an amendment and the hash of the version it amends), as one JSON object.
 */
final class Snapshots {
    /** Names the layout, so that a reader of an old snapshot knows what it holds. */
    static final String FORMAT = "precis-report-snapshot/1";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Snapshots() {}

    /** The snapshot a sign-off freezes: the open version's content and who signed it when. */
    static ObjectNode of(
            Connection connection,
            CaseRecord record,
            ReportVersion draft,
            ReportStatus status,
            User signer,
            Instant signed,
            Optional<ReportVersion> amended)
            throws SQLException {
        ObjectNode snapshot = open(connection, record, draft, status);
        ObjectNode report = (ObjectNode) snapshot.get("report");
        report.put("signed", signed.toString());
        report.put("signed_by", signer.name());
        if (amended.isPresent()) {
            ObjectNode amends = report.putObject("amends");
            amends.put("version", amended.get().version());
            amends.put("sha256", amended.get().snapshotSha256().orElseThrow());
        }
        return snapshot;
    }

    /** The content of an open version as it stands, in the layout a sign-off freezes. */
    static ObjectNode open(Connection connection, CaseRecord record, ReportVersion draft, ReportStatus status)
            throws SQLException {
        String caseId = record.caseId();
        ObjectNode snapshot = JSON.objectNode();
        snapshot.put("format", FORMAT);
        ObjectNode about = snapshot.putObject("case");
        about.put("id", caseId);
        about.put("patient_pseudonym", record.patientPseudonym());
        about.put("specimen", record.specimen());
        about.put("created", record.created().toString());
        snapshot.set("clinical", record.clinical());

        ArrayNode slides = snapshot.putArray("slides");
        for (SlideRef slide : SlideRows.list(connection, caseId)) {
            ObjectNode json = slides.addObject();
            json.put("slide_id", slide.slideId());
            json.put("path", slide.path());
            json.put("name", slide.name());
            json.put("sha256", slide.sha256());
        }
        ArrayNode analyses = snapshot.putArray("analyses");
        for (AnalysisRecord analysis : AnalysisRows.list(connection, caseId)) {
            ObjectNode json = analyses.addObject();
            json.put("id", analysis.id());
            json.put("kind", analysis.kind());
            putOptional(json, "slide_id", analysis.slideId());
            json.set("result", analysis.result());
            json.set("provenance", analysis.provenance());
            json.put("created", analysis.created().toString());
        }
        ArrayNode reviews = snapshot.putArray("reviews");
        for (Review review : ReviewRows.latest(connection, caseId)) {
            ObjectNode json = reviews.addObject();
            json.put("analysis_id", review.analysisId());
            json.put("finding", review.findingKey());
            json.put("decision", review.decision().label());
            json.set("model_value", review.modelValue());
            json.set("final_value", review.finalValue());
            putOptional(json, "comment", review.comment());
            json.put("reviewer", review.reviewer());
            json.put("reviewed", review.reviewed().toString());
        }
        ArrayNode annotations = snapshot.putArray("annotations");
        for (Annotation annotation : AnnotationRows.ofCase(connection, caseId)) {
            ObjectNode json = annotations.addObject();
            json.put("id", annotation.id());
            json.put("slide_id", annotation.slideId());
            json.set("feature", annotation.feature());
            json.put("author", annotation.author());
            json.put("created", annotation.created().toString());
        }
        ObjectNode report = snapshot.putObject("report");
        report.put("version", draft.version());
        report.put("status", status.label());
        putOptional(report, "reason", draft.reason());
        report.put("opened", draft.opened().toString());
        putOptional(report, "opened_by", draft.openedBy());
        return snapshot;
    }

    private static void putOptional(ObjectNode json, String field, Optional<String> value) {
        json.set(field, value.<JsonNode>map(JSON::textNode).orElse(JSON.nullNode()));
    }
}
