package org.precis.server.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.precis.server.auth.Access;
import org.precis.server.auth.Authentication;
import org.precis.server.slides.SlideCatalogue;
import org.precis.server.slides.SlideSummary;
import org.precis.store.Store;
import org.precis.store.cases.AnalysisRecord;
import org.precis.store.cases.Annotation;
import org.precis.store.cases.CaseRecord;
import org.precis.store.cases.OverlayInfo;
import org.precis.store.cases.ReportVersion;
import org.precis.store.cases.Review;
import org.precis.store.cases.ReviewDecision;
import org.precis.store.cases.SlideRef;
import org.precis.store.users.User;

/**
 * The case API. Reading needs any login; reviewing, signing and amending need a pathologist (the
 * store checks the role again). Every view of a case, review, sign-off, amendment and annotation
 * export goes to the audit trail with the caller's name.
 */
public final class CaseRoutes {
    private final Store store;
    private final SlideCatalogue catalogue;
    private final ObjectMapper json;

    public CaseRoutes(Store store, SlideCatalogue catalogue, ObjectMapper json) {
        this.store = store;
        this.catalogue = catalogue;
        this.json = json;
    }

    /** {@code POST /api/cases/{id}/reviews}. */
    public record ReviewRequest(
            Long analysisId, String findingKey, String decision, JsonNode finalValue, String comment) {}

    /** {@code POST /api/cases/{id}/amend}. */
    public record AmendRequest(String reason) {}

    public void install(Javalin app) {
        app.get("/api/cases", this::list, Access.ANY_USER);
        app.get("/api/cases/{case}", this::show, Access.ANY_USER);
        app.post("/api/cases/{case}/reviews", this::review, Access.PATHOLOGIST);
        app.post("/api/cases/{case}/sign", this::sign, Access.PATHOLOGIST);
        app.post("/api/cases/{case}/amend", this::amend, Access.PATHOLOGIST);
        app.get("/api/cases/{case}/analyses/{analysis}/overlays/{kind}", this::overlay, Access.ANY_USER);
        app.get("/api/cases/{case}/slides/{slide}/annotations", this::annotations, Access.ANY_USER);
        app.post("/api/cases/{case}/slides/{slide}/annotations", this::addAnnotations, Access.ANY_USER);
        app.delete("/api/cases/{case}/annotations/{annotation}", this::deleteAnnotation, Access.ANY_USER);
    }

    private CaseRecord caseOf(Context ctx) {
        String id = ctx.pathParam("case");
        return store.cases().find(id).orElseThrow(() -> new NotFoundResponse("no case '" + id + "'"));
    }

    private void audit(Context ctx, String event, CaseRecord record, ObjectNode details) {
        details.put("case", record.caseId());
        store.audit().append(Authentication.user(ctx).name(), event, details);
    }

    private void list(Context ctx) {
        ctx.json(store.cases().list().stream()
                .map(c -> new CaseView.Summary(
                        c.caseId(),
                        c.patientPseudonym(),
                        c.specimen(),
                        c.status().label()))
                .toList());
    }

    private void show(Context ctx) {
        CaseRecord record = caseOf(ctx);
        audit(ctx, "case-viewed", record, json.createObjectNode());
        ctx.json(view(record));
    }

    CaseView view(CaseRecord record) {
        String caseId = record.caseId();
        List<CaseView.SlideView> slides = new ArrayList<>();
        for (SlideRef slide : store.cases().slides(caseId)) {
            SlideSummary summary = catalogue.find(slide.slideId()).orElse(null);
            slides.add(new CaseView.SlideView(
                    slide.slideId(),
                    slide.name(),
                    summary == null ? null : summary.mpp(),
                    slide.sha256(),
                    summary == null ? "the slide is not in this server's slide folders" : summary.error()));
        }
        List<CaseView.AnalysisView> analyses = new ArrayList<>();
        for (AnalysisRecord analysis : store.cases().analyses(caseId)) {
            analyses.add(new CaseView.AnalysisView(
                    analysis.id(),
                    analysis.kind(),
                    analysis.slideId().orElse(null),
                    findings(analysis.result()),
                    store.cases().overlays(analysis.id()).stream()
                            .map(o -> overlayView(caseId, analysis.id(), o))
                            .toList(),
                    analysis.provenance()));
        }
        List<CaseView.ReviewView> reviews = store.cases().reviews(caseId).stream()
                .map(r -> new CaseView.ReviewView(
                        r.analysisId(),
                        r.findingKey(),
                        r.decision().label(),
                        r.modelValue(),
                        r.finalValue(),
                        r.comment().orElse(null),
                        r.reviewer(),
                        r.reviewed().toString()))
                .toList();
        List<CaseView.VersionView> versions = store.cases().reportVersions(caseId).stream()
                .map(CaseRoutes::versionView)
                .toList();
        return new CaseView(
                caseId,
                record.patientPseudonym(),
                record.specimen(),
                record.status().label(),
                record.status().editable(),
                record.reportVersion(),
                record.clinical(),
                slides,
                analyses,
                reviews,
                versions);
    }

    private static CaseView.OverlayView overlayView(String caseId, long analysisId, OverlayInfo overlay) {
        return new CaseView.OverlayView(
                overlay.kind(),
                overlay.label(),
                "/api/cases/" + caseId + "/analyses/" + analysisId + "/overlays/" + overlay.kind(),
                overlay.view());
    }

    private static CaseView.VersionView versionView(ReportVersion version) {
        return new CaseView.VersionView(
                version.version(),
                version.status().label(),
                version.signedBy().orElse(null),
                version.signed().map(Object::toString).orElse(null),
                version.reason().orElse(null),
                version.snapshotSha256().orElse(null));
    }

    /** The findings of a stored result: one field per finding (casework's CaseAnalysisJson). */
    private static List<CaseView.FindingView> findings(JsonNode result) {
        List<CaseView.FindingView> findings = new ArrayList<>();
        result.fields().forEachRemaining(field -> {
            JsonNode finding = field.getValue();
            List<Double> interval = null;
            if (finding.path("interval").isArray()) {
                interval = new ArrayList<>();
                for (JsonNode bound : finding.get("interval")) {
                    interval.add(bound.asDouble());
                }
            }
            findings.add(new CaseView.FindingView(
                    field.getKey(),
                    finding.path("label").asText(field.getKey()),
                    finding.path("value"),
                    finding.hasNonNull("unit") ? finding.get("unit").asText() : null,
                    interval,
                    finding.hasNonNull("interval_method")
                            ? finding.get("interval_method").asText()
                            : null));
        });
        return findings;
    }

    private void review(Context ctx) {
        CaseRecord record = caseOf(ctx);
        ReviewRequest request = ctx.bodyAsClass(ReviewRequest.class);
        if (request.analysisId() == null || request.findingKey() == null || request.decision() == null) {
            throw new BadRequestResponse("a review needs analysisId, findingKey and decision");
        }
        User reviewer = Authentication.user(ctx);
        Review review = store.cases()
                .review(
                        record.caseId(),
                        request.analysisId(),
                        request.findingKey(),
                        ReviewDecision.parse(request.decision()),
                        request.finalValue(),
                        request.comment(),
                        reviewer);
        ObjectNode details = json.createObjectNode()
                .put("analysis", review.analysisId())
                .put("finding", review.findingKey())
                .put("decision", review.decision().label());
        audit(ctx, "finding-reviewed", record, details);
        ctx.status(201).json(Map.of("reviewed", review.findingKey()));
    }

    private void sign(Context ctx) {
        CaseRecord record = caseOf(ctx);
        ReportVersion version = store.cases().signOff(record.caseId(), Authentication.user(ctx));
        ObjectNode details = json.createObjectNode()
                .put("version", version.version())
                .put("status", version.status().label());
        version.snapshotSha256().ifPresent(sha -> details.put("snapshot_sha256", sha));
        audit(ctx, "signed", record, details);
        ctx.json(versionView(version));
    }

    private void amend(Context ctx) {
        CaseRecord record = caseOf(ctx);
        AmendRequest request = ctx.bodyAsClass(AmendRequest.class);
        if (request.reason() == null || request.reason().isBlank()) {
            throw new BadRequestResponse("an amendment needs a reason");
        }
        ReportVersion version = store.cases().amend(record.caseId(), request.reason(), Authentication.user(ctx));
        audit(
                ctx,
                "amended",
                record,
                json.createObjectNode().put("version", version.version()).put("reason", request.reason()));
        ctx.json(versionView(version));
    }

    private void overlay(Context ctx) {
        CaseRecord record = caseOf(ctx);
        long analysisId = ctx.pathParamAsClass("analysis", Long.class).get();
        boolean ofThisCase = store.cases().analyses(record.caseId()).stream().anyMatch(a -> a.id() == analysisId);
        if (!ofThisCase) {
            throw new NotFoundResponse("case " + record.caseId() + " has no analysis " + analysisId);
        }
        String kind = ctx.pathParam("kind");
        var overlay = store.cases()
                .overlay(analysisId, kind)
                .orElseThrow(() -> new NotFoundResponse("analysis " + analysisId + " has no overlay '" + kind + "'"));
        ctx.contentType(overlay.mediaType())
                .header("Cache-Control", "private, max-age=86400, immutable")
                .result(overlay.content());
    }

    private String slideOf(Context ctx, CaseRecord record) {
        String slideId = ctx.pathParam("slide");
        boolean onCase = store.cases().slides(record.caseId()).stream()
                .anyMatch(s -> s.slideId().equals(slideId));
        if (!onCase) {
            throw new NotFoundResponse("case " + record.caseId() + " has no slide '" + slideId + "'");
        }
        return slideId;
    }

    /** The slide's annotations as a GeoJSON FeatureCollection QuPath imports, each with its id. */
    private void annotations(Context ctx) {
        CaseRecord record = caseOf(ctx);
        String slideId = slideOf(ctx, record);
        ObjectNode collection = json.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (Annotation annotation : store.cases().annotations(record.caseId(), slideId)) {
            ObjectNode feature = (ObjectNode) annotation.feature();
            feature.put("id", Long.toString(annotation.id()));
            ObjectNode properties = feature.with("properties");
            properties.put("objectType", "annotation");
            properties.put("author", annotation.author());
            features.add(feature);
        }
        audit(
                ctx,
                "exported",
                record,
                json.createObjectNode()
                        .put("slide", slideId)
                        .put("what", "annotations")
                        .put("features", features.size()));
        ctx.header("Content-Disposition", "attachment; filename=\"" + record.caseId() + "-" + slideId + ".geojson\"")
                .contentType("application/geo+json")
                .result(collection.toString());
    }

    /**
     * Adds the features of a GeoJSON FeatureCollection (or one Feature), as QuPath exports them, each
     * with its class ({@code properties.classification}) as it came; all or none.
     */
    private void addAnnotations(Context ctx) {
        CaseRecord record = caseOf(ctx);
        String slideId = slideOf(ctx, record);
        JsonNode body = ctx.bodyAsClass(JsonNode.class);
        List<JsonNode> features = new ArrayList<>();
        if ("FeatureCollection".equals(body.path("type").asText())
                && body.path("features").isArray()) {
            body.get("features").forEach(features::add);
        } else if ("Feature".equals(body.path("type").asText())) {
            features.add(body);
        } else {
            throw new BadRequestResponse("expected a GeoJSON Feature or FeatureCollection");
        }
        User author = Authentication.user(ctx);
        List<Long> ids = store.cases().saveAnnotations(record.caseId(), slideId, features, author);
        audit(
                ctx,
                "annotation-added",
                record,
                json.createObjectNode().put("slide", slideId).put("features", ids.size()));
        ctx.status(201).json(Map.of("ids", ids.stream().map(String::valueOf).collect(Collectors.toList())));
    }

    private void deleteAnnotation(Context ctx) {
        CaseRecord record = caseOf(ctx);
        long id = ctx.pathParamAsClass("annotation", Long.class).get();
        store.cases().deleteAnnotation(record.caseId(), id, Authentication.user(ctx));
        audit(ctx, "annotation-deleted", record, json.createObjectNode().put("annotation", id));
        ctx.status(204);
    }
}
