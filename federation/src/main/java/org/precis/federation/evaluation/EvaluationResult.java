package org.precis.federation.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.precis.io.json.CanonicalJson;
import org.precis.learn.metrics.ConfidenceInterval;

/**
 * An {@code evaluate-heads} study's result JSON, written and read back:
 *
 * <pre>
 * algorithm, classes, candidate_sha256, baseline_sha256 (canonical JSON of each head),
 * parameters (the study's, heads left out),
 * sites: {SITE: {n, candidate: {accuracy, log_loss, brier, auc?}, baseline: {...}?,
 *                accuracy_difference?, log_loss_difference?, ci: [lo, hi], ci_of, better}},
 * absent_sites: [...], pooled: {n, candidate: {accuracy, log_loss, brier}, baseline?, accuracy_difference?},
 * promote, reason
 * </pre>
 *
 * {@code ci_of} says what the interval is of: {@code accuracy_difference} (candidate − baseline)
 * with a baseline, {@code candidate_accuracy} without. Pooled figures are the sites' figures
 * weighted by their validation rows (sums over the sites divided by the pooled n); the AUC does not
 * pool that way and is per site only.
 */
public final class EvaluationResult {
    private EvaluationResult() {}

    /** The result of a study with {@code parameters} decided as {@code decision}. */
    public static ObjectNode toJson(
            String algorithm, JsonNode parameters, List<String> studySites, PromotionDecision decision) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("algorithm", algorithm);
        out.set("classes", parameters.get("classes").deepCopy());
        out.put("candidate_sha256", CanonicalJson.sha256(parameters.get("candidate")));
        if (parameters.hasNonNull("baseline")) {
            out.put("baseline_sha256", CanonicalJson.sha256(parameters.get("baseline")));
        }
        ObjectNode settings = parameters.deepCopy();
        settings.remove(List.of("candidate", "baseline"));
        out.set("parameters", settings);
        ObjectNode sites = out.putObject("sites");
        decision.sites().forEach((site, verdict) -> sites.set(site, verdict(verdict)));
        ArrayNode absent = out.putArray("absent_sites");
        studySites.stream().filter(site -> !decision.sites().containsKey(site)).forEach(absent::add);
        out.set("pooled", pooled(decision.sites().values()));
        out.put("promote", decision.promote());
        out.put("reason", decision.reason());
        return out;
    }

    private static ObjectNode verdict(SiteVerdict verdict) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("n", verdict.n());
        out.set("candidate", metrics(verdict.candidate()));
        verdict.baseline().ifPresent(metrics -> out.set("baseline", metrics(metrics)));
        verdict.accuracyDifference().ifPresent(d -> out.put("accuracy_difference", d));
        verdict.logLossDifference().ifPresent(d -> out.put("log_loss_difference", d));
        out.putArray("ci")
                .add(verdict.interval().lower())
                .add(verdict.interval().upper());
        out.put("ci_of", verdict.baseline().isPresent() ? "accuracy_difference" : "candidate_accuracy");
        out.put("better", verdict.better());
        return out;
    }

    private static ObjectNode metrics(HeadMetrics metrics) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("accuracy", metrics.accuracy());
        out.put("log_loss", metrics.logLoss());
        out.put("brier", metrics.brier());
        metrics.auc().ifPresent(auc -> out.put("auc", auc));
        return out;
    }

    private static ObjectNode pooled(Collection<SiteVerdict> verdicts) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        long n = verdicts.stream().mapToLong(SiteVerdict::n).sum();
        out.put("n", n);
        if (n == 0) {
            return out;
        }
        out.set("candidate", pooledMetrics(verdicts, v -> Optional.of(v.candidate()), n));
        if (verdicts.stream().allMatch(v -> v.baseline().isPresent())) {
            ObjectNode baseline = pooledMetrics(verdicts, SiteVerdict::baseline, n);
            out.set("baseline", baseline);
            out.put(
                    "accuracy_difference",
                    out.get("candidate").get("accuracy").asDouble()
                            - baseline.get("accuracy").asDouble());
        }
        return out;
    }

    private static ObjectNode pooledMetrics(
            Collection<SiteVerdict> verdicts, Function<SiteVerdict, Optional<HeadMetrics>> head, long n) {
        double accuracy = 0;
        double logLoss = 0;
        double brier = 0;
        for (SiteVerdict verdict : verdicts) {
            HeadMetrics metrics = head.apply(verdict).orElseThrow();
            accuracy += verdict.n() * metrics.accuracy();
            logLoss += verdict.n() * metrics.logLoss();
            brier += verdict.n() * metrics.brier();
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("accuracy", accuracy / n);
        out.put("log_loss", logLoss / n);
        out.put("brier", brier / n);
        return out;
    }

    /** The decision in a result; a result that is not an evaluation's fails in one line. */
    static PromotionDecision decision(JsonNode result) {
        if (result == null
                || !result.path("sites").isObject()
                || !result.path("promote").isBoolean()) {
            throw new IllegalArgumentException("not an evaluate-heads result: it needs 'sites' and 'promote'");
        }
        Map<String, SiteVerdict> sites = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        result.get("sites").fieldNames().forEachRemaining(names::add);
        for (String site : names) {
            sites.put(site, readVerdict(site, result.get("sites").get(site)));
        }
        return new PromotionDecision(
                result.get("promote").asBoolean(), sites, result.path("reason").asText(""));
    }

    private static SiteVerdict readVerdict(String site, JsonNode node) {
        JsonNode ci = node.path("ci");
        if (!ci.isArray() || ci.size() != 2) {
            throw new IllegalArgumentException("evaluation result: site " + site + " has no interval 'ci: [lo, hi]'");
        }
        Optional<HeadMetrics> baseline =
                node.has("baseline") ? Optional.of(readMetrics(site, node.get("baseline"))) : Optional.empty();
        return new SiteVerdict(
                site,
                node.path("n").asInt(),
                readMetrics(site, node.path("candidate")),
                baseline,
                node.has("accuracy_difference")
                        ? OptionalDouble.of(node.get("accuracy_difference").asDouble())
                        : OptionalDouble.empty(),
                new ConfidenceInterval(ci.get(0).asDouble(), ci.get(1).asDouble(), SiteEvaluation.LEVEL),
                node.path("better").asBoolean());
    }

    private static HeadMetrics readMetrics(String site, JsonNode node) {
        for (String field : List.of("accuracy", "log_loss", "brier")) {
            if (!node.path(field).isNumber()) {
                throw new IllegalArgumentException("evaluation result: site " + site + " has no '" + field + "'");
            }
        }
        return new HeadMetrics(
                node.get("accuracy").asDouble(),
                node.get("log_loss").asDouble(),
                node.get("brier").asDouble(),
                node.has("auc") ? OptionalDouble.of(node.get("auc").asDouble()) : OptionalDouble.empty());
    }
}
