package org.precis.server.cases;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** {@code GET /api/cases/{id}}: what the case panel and the viewer show of one case. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseView(
        String id,
        String patient,
        String specimen,
        String status,
        boolean editable,
        int reportVersion,
        JsonNode clinical,
        List<SlideView> slides,
        List<AnalysisView> analyses,
        List<ReviewView> reviews,
        List<VersionView> versions) {

    /** A slide of the case, with its pixel size for the scale bar (null when unknown). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SlideView(String slideId, String name, Double mpp, String sha256, String error) {}

    /** An analysis: its findings, the overlays it drew, where it came from. */
    public record AnalysisView(
            long id,
            String kind,
            String slideId,
            List<FindingView> findings,
            List<OverlayView> overlays,
            JsonNode provenance) {}

    /** One finding as the model gave it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FindingView(
            String key, String label, JsonNode value, String unit, List<Double> ci, String intervalMethod) {}

    /** An overlay to toggle: where to fetch it and how to draw it. */
    public record OverlayView(String kind, String label, String url, String view) {}

    /** A pathologist's review of one finding. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReviewView(
            long analysisId,
            String findingKey,
            String decision,
            JsonNode modelValue,
            JsonNode finalValue,
            String comment,
            String reviewer,
            String at) {}

    /** A report version: who signed it and when, and why it was amended. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VersionView(
            int version, String status, String signedBy, String signedAt, String reason, String sha256) {}

    /** {@code GET /api/cases}: one line of the case list. */
    public record Summary(String id, String patient, String specimen, String status) {}
}
