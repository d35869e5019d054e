package org.precis.casework.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import org.precis.report.casereport.CaseReport;
import org.precis.report.casereport.FindingValue;
import org.precis.report.casereport.KeyImage;
import org.precis.report.casereport.ModelCard;
import org.precis.report.casereport.ReportSlide;
import org.precis.report.casereport.ReportStatus;
import org.precis.report.casereport.ReportedFinding;
import org.precis.report.casereport.ReviewDecision;
import org.precis.report.casereport.Signature;
import org.precis.report.casereport.SignatureMeaning;
import org.precis.store.cases.ReportVersion;

/**
 * One report version as a {@link CaseReport}, from its snapshot (the one the store froze at
 * sign-off, or {@code Cases.draftSnapshot} for the open draft): every finding of every analysis joined
 * with the review that counts for it, the model card of the model behind it, slides, signatures and
 * provenance. Nothing is read from the live case here, so a signed version gives the same report
 * whatever happens to the case later.
 */
final class SnapshotReport {

    /** Provenance fields that are inputs or identity, not parameters. */
    private static final Set<String> NOT_PARAMETERS = Set.of("software", "slide_sha256", "model_sha256", "model_id");

    private final ModelCards cards;
    private final ObjectMapper json;
    private final String software;

    SnapshotReport(ModelCards cards, ObjectMapper json, String software) {
        this.cards = cards;
        this.json = json;
        this.software = software;
    }

    /**
     * @param snapshot the version's snapshot ({@code precis-report-snapshot/1})
     * @param versions the case's report versions (signatures of this one and the earlier ones)
     * @param slideFacts the format and pixel size of a slide, by slide id
     * @param keyImages the figures to show
     * @param generatedAt when this rendering is made
     */
    CaseReport report(
            JsonNode snapshot,
            List<ReportVersion> versions,
            Function<String, SlideFacts> slideFacts,
            List<KeyImage> keyImages,
            Instant generatedAt) {
        JsonNode about = snapshot.path("case");
        String caseId = about.path("id").asText();
        JsonNode report = snapshot.path("report");
        int version = report.path("version").asInt();
        ReportStatus status =
                ReportStatus.valueOf(report.path("status").asText().toUpperCase(Locale.ROOT));
        Optional<String> reason = status == ReportStatus.AMENDED ? text(report, "reason") : Optional.empty();

        Map<String, JsonNode> reviews = new HashMap<>();
        for (JsonNode review : snapshot.path("reviews")) {
            reviews.put(
                    review.path("analysis_id").asLong() + "/"
                            + review.path("finding").asText(),
                    review);
        }
        Map<String, Integer> keyCounts = new HashMap<>();
        for (JsonNode analysis : snapshot.path("analyses")) {
            analysis.path("result").fieldNames().forEachRemaining(key -> keyCounts.merge(key, 1, Integer::sum));
        }
        Map<String, String> slideNames = new HashMap<>();
        for (JsonNode slide : snapshot.path("slides")) {
            slideNames.put(slide.path("slide_id").asText(), slide.path("name").asText());
        }

        Map<String, ModelCard> models = new LinkedHashMap<>();
        List<ReportedFinding> findings = new ArrayList<>();
        Map<String, Double> slideMpp = new HashMap<>();
        for (JsonNode analysis : snapshot.path("analyses")) {
            String kind = analysis.path("kind").asText();
            long analysisId = analysis.path("id").asLong();
            JsonNode provenance = analysis.path("provenance");
            Optional<String> slideId = text(analysis, "slide_id");
            if (slideId.isPresent() && provenance.path("slide_mpp").isNumber()) {
                slideMpp.putIfAbsent(slideId.get(), provenance.path("slide_mpp").asDouble());
            }
            Optional<ModelCard> card = card(kind, provenance);
            card.ifPresent(model -> models.putIfAbsent(model.id(), model));
            org.precis.io.provenance.Provenance findingProvenance =
                    provenance(provenance, analysis.path("created").asText(), card);
            JsonNode result = analysis.path("result");
            List<String> keys = new ArrayList<>();
            result.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                JsonNode finding = result.get(key);
                boolean shared = keyCounts.get(key) > 1;
                String reportKey = shared ? key + "_a" + analysisId : key;
                String label = finding.path("label").asText(key);
                if (shared) {
                    label += slideId.map(id -> " (" + slideNames.getOrDefault(id, id) + ")")
                            .orElse(" (analysis " + analysisId + ")");
                }
                FindingValue model = FindingValues.model(key, finding);
                JsonNode review = reviews.get(analysisId + "/" + key);
                ReviewDecision decision = review == null
                        ? ReviewDecision.UNREVIEWED
                        : ReviewDecision.valueOf(
                                review.path("decision").asText().toUpperCase(Locale.ROOT));
                Optional<FindingValue> finalValue = decision == ReviewDecision.CHANGE
                        ? Optional.of(FindingValues.changed(key, review.path("final_value"), model))
                        : Optional.empty();
                findings.add(new ReportedFinding(
                        reportKey,
                        label,
                        kind,
                        model,
                        finalValue,
                        decision,
                        review == null ? "" : text(review, "comment").orElse(""),
                        review == null ? "" : review.path("reviewer").asText(),
                        model instanceof FindingValue.Quantity ? FindingValues.interval(finding) : Optional.empty(),
                        card.map(ModelCard::id),
                        findingProvenance));
            }
        }

        List<ReportSlide> slides = new ArrayList<>();
        for (JsonNode slide : snapshot.path("slides")) {
            String id = slide.path("slide_id").asText();
            SlideFacts facts = slideFacts.apply(id);
            OptionalDouble mpp = slideMpp.containsKey(id) ? OptionalDouble.of(slideMpp.get(id)) : facts.mpp();
            slides.add(new ReportSlide(
                    id,
                    slide.path("name").asText(),
                    facts.format(),
                    slide.path("sha256").asText(),
                    mpp));
        }

        return new CaseReport(
                caseId,
                about.path("patient_pseudonym").asText(),
                about.path("specimen").asText(),
                status,
                version,
                reason,
                json.convertValue(
                        snapshot.path("clinical"),
                        json.getTypeFactory().constructMapType(LinkedHashMap.class, String.class, Object.class)),
                findings,
                List.copyOf(models.values()),
                slides,
                keyImages,
                signatures(versions, version),
                software,
                generatedAt);
    }

    /**
     * The card of the model behind an analysis: the one its provenance names (with the SHA-256
     * recorded when it ran), else the one covering its kind.
     */
    private Optional<ModelCard> card(String kind, JsonNode provenance) {
        Optional<ModelCard> card =
                text(provenance, "model_id").flatMap(cards::card).or(() -> cards.forKind(kind));
        Optional<String> sha256 = text(provenance, "model_sha256");
        return card.map(model -> sha256.isEmpty() || sha256.get().equals(model.sha256())
                ? model
                : new ModelCard(
                        model.id(),
                        model.name(),
                        model.version(),
                        sha256.get(),
                        model.intendedUse(),
                        model.trainingData(),
                        model.performanceOnUnseenData(),
                        model.knownLimits(),
                        model.validatedForDiagnosis()));
    }

    private org.precis.io.provenance.Provenance provenance(
            JsonNode provenance, String created, Optional<ModelCard> card) {
        Map<String, String> inputs = new LinkedHashMap<>();
        text(provenance, "slide_sha256").ifPresent(sha -> inputs.put("slide", sha));
        text(provenance, "model_sha256")
                .or(() -> card.map(ModelCard::sha256))
                .ifPresent(sha -> inputs.put("model", sha));
        Map<String, Object> parameters = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        provenance.fields().forEachRemaining(field -> {
            if (!NOT_PARAMETERS.contains(field.getKey()) && seen.add(field.getKey())) {
                parameters.put(field.getKey(), json.convertValue(field.getValue(), Object.class));
            }
        });
        return new org.precis.io.provenance.Provenance(
                text(provenance, "software").orElse(software),
                created.isBlank() ? Optional.empty() : Optional.of(created),
                inputs,
                parameters);
    }

    private static List<Signature> signatures(List<ReportVersion> versions, int upTo) {
        List<Signature> signatures = new ArrayList<>();
        for (ReportVersion version : versions) {
            if (version.version() <= upTo && version.signed().isPresent()) {
                signatures.add(new Signature(
                        version.signedBy().orElseThrow(),
                        version.signed().get(),
                        version.version(),
                        version.status() == org.precis.store.cases.ReportStatus.SIGNED
                                ? SignatureMeaning.SIGNED
                                : SignatureMeaning.AMENDED));
            }
        }
        return signatures;
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? Optional.of(value.asText()) : Optional.empty();
    }
}
