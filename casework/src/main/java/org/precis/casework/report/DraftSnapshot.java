package org.precis.casework.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.precis.store.cases.AnalysisRecord;
import org.precis.store.cases.CaseRecord;
import org.precis.store.cases.Cases;
import org.precis.store.cases.ReportVersion;
import org.precis.store.cases.Review;
import org.precis.store.cases.SlideRef;

/**
 * The open draft of a case in the layout the store freezes at sign-off ({@code
 * precis-report-snapshot/1}: case, clinical, slides, analyses, the latest review of each finding,
 * report), read from the live case, so that a draft and a signed version are reported by the same
 * code. Annotations are left out: the report does not print them.
 */
final class DraftSnapshot {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private DraftSnapshot() {}

    static ObjectNode of(Cases cases, String caseId, ReportVersion draft) {
        CaseRecord record =
                cases.find(caseId).orElseThrow(() -> new NoSuchElementException("no case '" + caseId + "'"));
        ObjectNode snapshot = JSON.objectNode();
        snapshot.put("format", "precis-report-snapshot/1");
        ObjectNode about = snapshot.putObject("case");
        about.put("id", caseId);
        about.put("patient_pseudonym", record.patientPseudonym());
        about.put("specimen", record.specimen());
        about.put("created", record.created().toString());
        snapshot.set("clinical", record.clinical());
        ArrayNode slides = snapshot.putArray("slides");
        for (SlideRef slide : cases.slides(caseId)) {
            slides.addObject()
                    .put("slide_id", slide.slideId())
                    .put("path", slide.path())
                    .put("name", slide.name())
                    .put("sha256", slide.sha256());
        }
        ArrayNode analyses = snapshot.putArray("analyses");
        for (AnalysisRecord analysis : cases.analyses(caseId)) {
            ObjectNode json = analyses.addObject();
            json.put("id", analysis.id());
            json.put("kind", analysis.kind());
            optional(json, "slide_id", analysis.slideId());
            json.set("result", analysis.result());
            json.set("provenance", analysis.provenance());
            json.put("created", analysis.created().toString());
        }
        Map<String, Review> latest = new LinkedHashMap<>();
        for (Review review : cases.reviews(caseId)) { // oldest first: a later review supersedes
            latest.remove(review.analysisId() + "/" + review.findingKey());
            latest.put(review.analysisId() + "/" + review.findingKey(), review);
        }
        ArrayNode reviews = snapshot.putArray("reviews");
        for (Review review : latest.values()) {
            ObjectNode json = reviews.addObject();
            json.put("analysis_id", review.analysisId());
            json.put("finding", review.findingKey());
            json.put("decision", review.decision().label());
            json.set("model_value", review.modelValue());
            json.set("final_value", review.finalValue());
            optional(json, "comment", review.comment());
            json.put("reviewer", review.reviewer());
            json.put("reviewed", review.reviewed().toString());
        }
        ObjectNode report = snapshot.putObject("report");
        report.put("version", draft.version());
        report.put("status", draft.status().label());
        optional(report, "reason", draft.reason());
        report.put("opened", draft.opened().toString());
        return snapshot;
    }

    private static void optional(ObjectNode json, String field, Optional<String> value) {
        json.set(field, value.<JsonNode>map(JSON::textNode).orElse(JSON.nullNode()));
    }
}
