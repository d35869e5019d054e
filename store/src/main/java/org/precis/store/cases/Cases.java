package org.precis.store.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.precis.io.json.CanonicalJson;
import org.precis.store.sql.Database;
import org.precis.store.users.NotPermittedException;
import org.precis.store.users.User;

/**
 * Cases and everything on them: slides, analyses with provenance, the pathologist's review of each
 * finding, annotations, and the report versions that sign-off freezes. Thread-safe; every method is
 * one transaction, and every change to a case first locks the case's row, so a sign-off never
 * interleaves with a review of the same case.
 *
 * <p>Errors: {@link java.util.NoSuchElementException} for an unknown case, analysis or annotation;
 * {@link IllegalArgumentException} for bad values; {@link IllegalStateException} for a change to a
 * signed case ("case C-0001 is signed; amend it first") or a sign-off with unreviewed findings;
 * {@link org.precis.store.users.NotPermittedException} when the user's role does not allow it.
 */
public final class Cases {
    private final Database database;

    public Cases(Database database) {
        this.database = database;
    }

    /** Creates a case with an open draft report version 1. IllegalArgumentException for a taken id. */
    public CaseRecord create(NewCase newCase) {
        Instant now = database.now();
        return database.transaction(connection -> {
            String caseId;
            if (newCase.caseId().isPresent()) {
                caseId = newCase.caseId().get();
                if (CaseRows.exists(connection, caseId)) {
                    throw new IllegalArgumentException("case " + caseId + " already exists");
                }
            } else {
                caseId = CaseRows.nextNumberedId(connection);
            }
            CaseRows.insert(connection, caseId, newCase, now);
            ReportVersionRows.insertDraft(connection, caseId, 1, Optional.empty(), Optional.empty(), now);
            return CaseRows.require(connection, caseId);
        });
    }

    public Optional<CaseRecord> find(String caseId) {
        return database.transaction(connection -> CaseRows.find(connection, caseId));
    }

    /** Every case, by id. */
    public List<CaseRecord> list() {
        return database.transaction(CaseRows::list);
    }

    /** Replaces the clinical data of an editable case. */
    public CaseRecord updateClinical(String caseId, JsonNode clinical) {
        CaseValues.requireClinical(clinical);
        return database.transaction(connection -> {
            CaseRows.lockEditable(connection, caseId);
            CaseRows.updateClinical(connection, caseId, clinical);
            return CaseRows.require(connection, caseId);
        });
    }

    /** Adds a slide to an editable case; IllegalArgumentException when the case has a slide of that id. */
    public void addSlide(String caseId, SlideRef slide) {
        if (slide == null) {
            throw new IllegalArgumentException("no slide given");
        }
        Instant now = database.now();
        database.transaction(connection -> {
            CaseRows.lockEditable(connection, caseId);
            SlideRows.insert(connection, caseId, slide, now);
            return null;
        });
    }

    public List<SlideRef> slides(String caseId) {
        return database.transaction(connection -> {
            CaseRows.requireExists(connection, caseId);
            return SlideRows.list(connection, caseId);
        });
    }

    /** Records an analysis on an editable case; its slide, if named, must be one of the case's. */
    public AnalysisRecord recordAnalysis(String caseId, NewAnalysis analysis) {
        return recordAnalysis(caseId, analysis, List.of());
    }

    /** Records an analysis and what it draws over its slide, in one transaction. */
    public AnalysisRecord recordAnalysis(String caseId, NewAnalysis analysis, List<NewOverlay> overlays) {
        if (analysis == null) {
            throw new IllegalArgumentException("no analysis given");
        }
        if (overlays.stream().map(NewOverlay::kind).distinct().count() != overlays.size()) {
            throw new IllegalArgumentException("analysis " + analysis.kind() + ": two overlays share a kind");
        }
        Instant now = database.now();
        return database.transaction(connection -> {
            int version = CaseRows.lockEditable(connection, caseId);
            if (analysis.slideId().isPresent()) {
                SlideRows.requireExists(connection, caseId, analysis.slideId().get());
            }
            AnalysisRecord record = AnalysisRows.insert(connection, caseId, analysis, now, version);
            for (NewOverlay overlay : overlays) {
                OverlayRows.insert(connection, record.id(), overlay);
            }
            return record;
        });
    }

    /** The overlays an analysis recorded, without their bytes. */
    public List<OverlayInfo> overlays(long analysisId) {
        return database.transaction(connection -> OverlayRows.list(connection, analysisId));
    }

    /** One overlay of an analysis, with its bytes. */
    public Optional<NewOverlay> overlay(long analysisId, String kind) {
        return database.transaction(connection -> OverlayRows.find(connection, analysisId, kind));
    }

    /** The case's analyses, oldest first. */
    public List<AnalysisRecord> analyses(String caseId) {
        return database.transaction(connection -> {
            CaseRows.requireExists(connection, caseId);
            return AnalysisRows.list(connection, caseId);
        });
    }

    /**
     * Records a pathologist's decision on one finding of an analysis of an editable case, keeping
     * the model's value beside the final one. ACCEPT keeps the model's value ({@code finalValue}
     * null or equal to it); CHANGE needs a different value; REJECT has no final value (stored as
     * JSON null). A later review of the same finding supersedes this one.
     */
    public Review review(
            String caseId,
            long analysisId,
            String findingKey,
            ReviewDecision decision,
            JsonNode finalValue,
            String comment,
            User reviewer) {
        if (decision == null) {
            throw new IllegalArgumentException("a review needs a decision: accept, change or reject");
        }
        Optional<String> note = comment == null || comment.isBlank()
                ? Optional.empty()
                : Optional.of(CaseValues.requireText("review comment", comment, CaseValues.MAX_COMMENT_CHARS));
        Instant now = database.now();
        return database.transaction(connection -> {
            User current = Actors.pathologist(connection, reviewer, "reviewing findings");
            int version = CaseRows.lockEditable(connection, caseId);
            AnalysisRecord analysis = AnalysisRows.require(connection, caseId, analysisId);
            if (!analysis.result().has(findingKey)) {
                throw new IllegalArgumentException("analysis " + analysisId + " (" + analysis.kind()
                        + ") has no finding '" + findingKey + "'; its findings are " + analysis.findingKeys());
            }
            JsonNode modelValue = analysis.modelValue(findingKey);
            JsonNode decided = finalValue(decision, modelValue, finalValue, findingKey);
            return ReviewRows.insert(
                    connection,
                    caseId,
                    analysisId,
                    findingKey,
                    decision,
                    modelValue,
                    decided,
                    note,
                    current,
                    now,
                    version);
        });
    }

    private static JsonNode finalValue(
            ReviewDecision decision, JsonNode modelValue, JsonNode finalValue, String findingKey) {
        boolean none = finalValue == null || finalValue.isNull() || finalValue.isMissingNode();
        switch (decision) {
            case ACCEPT -> {
                if (!none && !sameValue(finalValue, modelValue)) {
                    throw new IllegalArgumentException(
                            "accepting " + findingKey + " keeps the model's value " + modelValue + "; use change");
                }
                return modelValue;
            }
            case CHANGE -> {
                if (none) {
                    throw new IllegalArgumentException("changing " + findingKey + " needs the final value");
                }
                if (sameValue(finalValue, modelValue)) {
                    throw new IllegalArgumentException(
                            "the final value of " + findingKey + " equals the model's; use accept");
                }
                return finalValue.deepCopy();
            }
            case REJECT -> {
                if (!none) {
                    throw new IllegalArgumentException("rejecting " + findingKey + " takes no final value");
                }
                return NullNode.getInstance();
            }
            default -> throw new IllegalArgumentException("unknown decision " + decision);
        }
    }

    /** Equal JSON values, numbers compared by value (a browser sends 0 for 0.0). */
    private static boolean sameValue(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    /** Every review of the case, oldest first, superseded ones included. */
    public List<Review> reviews(String caseId) {
        return database.transaction(connection -> {
            CaseRows.requireExists(connection, caseId);
            return ReviewRows.all(connection, caseId);
        });
    }

    /**
     * Labelled data for learning: for each finding of each signed case, the model's value, the
     * pathologist's decision and final value (the latest review made up to the last signed version).
     */
    public List<LabelledFinding> labelledFindings() {
        return database.transaction(ReviewRows::labelled);
    }

    /** Saves a GeoJSON Feature drawn on a slide of an editable case; returns its id. */
    public long saveAnnotation(String caseId, String slideId, JsonNode geoJsonFeature, User author) {
        return saveAnnotations(caseId, slideId, List.of(geoJsonFeature), author).get(0);
    }

    /**
     * Saves the GeoJSON Features of one import on a slide of an editable case, all or none: a bad
     * feature (named by its place, "feature 2 of 3: ...") saves nothing. Returns their ids in order.
     */
    public List<Long> saveAnnotations(String caseId, String slideId, List<JsonNode> geoJsonFeatures, User author) {
        for (int i = 0; i < geoJsonFeatures.size(); i++) {
            try {
                CaseValues.requireFeature(geoJsonFeatures.get(i));
            } catch (IllegalArgumentException e) {
                if (geoJsonFeatures.size() == 1) {
                    throw e;
                }
                throw new IllegalArgumentException(
                        "feature " + (i + 1) + " of " + geoJsonFeatures.size() + ": " + e.getMessage(), e);
            }
        }
        Instant now = database.now();
        return database.transaction(connection -> {
            User current = Actors.current(connection, author);
            int version = CaseRows.lockEditable(connection, caseId);
            SlideRows.requireExists(connection, caseId, slideId);
            List<Long> ids = new ArrayList<>();
            for (JsonNode feature : geoJsonFeatures) {
                ids.add(AnnotationRows.insert(connection, caseId, slideId, feature, current, now, version)
                        .id());
            }
            return List.copyOf(ids);
        });
    }

    /** The annotations on one slide of a case, oldest first. */
    public List<Annotation> annotations(String caseId, String slideId) {
        return database.transaction(connection -> {
            CaseRows.requireExists(connection, caseId);
            return AnnotationRows.ofSlide(connection, caseId, slideId);
        });
    }

    /**
     * Deletes an annotation of an editable case; only its author may. An annotation of another case
     * is as unknown as one that does not exist.
     */
    public void deleteAnnotation(String caseId, long annotationId, User user) {
        database.transaction(connection -> {
            User current = Actors.current(connection, user);
            AnnotationRows.Owner owner = AnnotationRows.owner(connection, annotationId);
            if (!owner.caseId().equals(caseId)) {
                throw new NoSuchElementException("case " + caseId + " has no annotation " + annotationId);
            }
            CaseRows.lockEditable(connection, owner.caseId());
            if (owner.authorId() != current.id()) {
                throw new NotPermittedException("annotation " + annotationId + " was drawn by " + owner.author()
                        + "; only its author may delete it");
            }
            AnnotationRows.delete(connection, annotationId);
            return null;
        });
    }

    /**
     * Signs the open draft of a case: freezes the snapshot and its SHA-256 as report version n,
     * status SIGNED (version 1) or AMENDED (later). Only a pathologist may sign, and only when every
     * finding of every analysis has a review; IllegalStateException naming the unreviewed ones
     * otherwise.
     */
    public ReportVersion signOff(String caseId, User pathologist) {
        Instant now = database.now();
        return database.transaction(connection -> {
            User signer = Actors.pathologist(connection, pathologist, "signing a report");
            ReportVersion draft = CaseRows.lock(connection, caseId);
            if (draft.status() != ReportStatus.DRAFT) {
                throw new IllegalStateException(
                        "case " + caseId + " is signed (version " + draft.version() + "); amend it first");
            }
            List<String> unreviewed =
                    unreviewed(AnalysisRows.list(connection, caseId), ReviewRows.latest(connection, caseId));
            if (!unreviewed.isEmpty()) {
                throw new IllegalStateException(
                        "case " + caseId + " has unreviewed findings: " + String.join(", ", unreviewed));
            }
            ReportStatus status = draft.version() == 1 ? ReportStatus.SIGNED : ReportStatus.AMENDED;
            Optional<ReportVersion> amended = Optional.empty();
            if (draft.version() > 1) {
                amended = Optional.of(ReportVersionRows.list(connection, caseId).get(draft.version() - 2));
            }
            CaseRecord record = CaseRows.require(connection, caseId);
            ObjectNode snapshot = Snapshots.of(connection, record, draft, status, signer, now, amended);
            String text = CanonicalJson.write(snapshot);
            ReportVersionRows.sign(
                    connection,
                    caseId,
                    draft.version(),
                    status,
                    now,
                    signer.id(),
                    text,
                    CanonicalJson.sha256(snapshot));
            return ReportVersionRows.latest(connection, caseId);
        });
    }

    private static List<String> unreviewed(List<AnalysisRecord> analyses, List<Review> latest) {
        Set<String> reviewed = new HashSet<>();
        for (Review review : latest) {
            reviewed.add(review.analysisId() + "/" + review.findingKey());
        }
        List<String> missing = new ArrayList<>();
        for (AnalysisRecord analysis : analyses) {
            for (String key : analysis.findingKeys()) {
                if (!reviewed.contains(analysis.id() + "/" + key)) {
                    missing.add("analysis " + analysis.id() + " (" + analysis.kind() + ") " + key);
                }
            }
        }
        return missing;
    }

    /**
     * Opens the next report version of a signed case as a draft, recording why; the case becomes
     * editable again (status AMENDING) until the amendment is signed (AMENDED). Only a pathologist
     * may amend.
     */
    public ReportVersion amend(String caseId, String reason, User pathologist) {
        String why = CaseValues.requireText("amendment reason", reason, CaseValues.MAX_REASON_CHARS);
        Instant now = database.now();
        return database.transaction(connection -> {
            User amender = Actors.pathologist(connection, pathologist, "amending a report");
            ReportVersion latest = CaseRows.lock(connection, caseId);
            if (latest.status() == ReportStatus.DRAFT) {
                throw new IllegalStateException("case " + caseId + " has an open draft (version " + latest.version()
                        + "); sign it before amending");
            }
            ReportVersionRows.insertDraft(
                    connection, caseId, latest.version() + 1, Optional.of(why), Optional.of(amender.id()), now);
            return ReportVersionRows.latest(connection, caseId);
        });
    }

    /** The case's report versions, version 1 first. */
    /**
     * The open (draft) version of a case in the layout a sign-off freezes, as it stands now: what a
     * draft report shows. IllegalStateException when the latest version is signed.
     */
    public JsonNode draftSnapshot(String caseId) {
        return database.transaction(connection -> {
            CaseRecord record = CaseRows.require(connection, caseId);
            ReportVersion draft = ReportVersionRows.latest(connection, caseId);
            if (draft.status() != ReportStatus.DRAFT) {
                throw new IllegalStateException("case " + caseId + " has no open version: version " + draft.version()
                        + " is " + draft.status().label());
            }
            return Snapshots.open(connection, record, draft, ReportStatus.DRAFT);
        });
    }

    public List<ReportVersion> reportVersions(String caseId) {
        return database.transaction(connection -> {
            CaseRows.requireExists(connection, caseId);
            return ReportVersionRows.list(connection, caseId);
        });
    }
}
