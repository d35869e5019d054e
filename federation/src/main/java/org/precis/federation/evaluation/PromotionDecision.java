package org.precis.federation.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Whether the candidate head is promoted: only when every site the study lists evaluated it and
 * said better (unanimity: a model registry promotes a version only when every site's own
 * validation prefers it). What {@code federation improve} acts on and the model registry records
 * per site.
 *
 * @param promote every listed site took part and said better
 * @param sites each site's verdict, in the study's site order (the sites that took part)
 * @param reason one line: why promoted, or which sites held it back and why
 */
public record PromotionDecision(boolean promote, Map<String, SiteVerdict> sites, String reason) {
    public PromotionDecision {
        sites = Collections.unmodifiableMap(new LinkedHashMap<>(sites));
        Objects.requireNonNull(reason, "reason");
        if (promote && (sites.isEmpty() || !sites.values().stream().allMatch(SiteVerdict::better))) {
            throw new IllegalArgumentException("a promotion needs every site's verdict to be better");
        }
    }

    /** The decision of a study listing {@code studySites} on the {@code verdicts} of those that took part. */
    public static PromotionDecision decide(List<String> studySites, List<SiteVerdict> verdicts, PromotionRule rule) {
        Map<String, SiteVerdict> bySite = new LinkedHashMap<>();
        verdicts.forEach(verdict -> bySite.put(verdict.site(), verdict));
        List<String> holding = new ArrayList<>();
        for (String site : studySites) {
            SiteVerdict verdict = bySite.get(site);
            if (verdict == null) {
                holding.add(site + " did not take part");
            } else if (!verdict.better()) {
                holding.add(rule.explain(verdict));
            }
        }
        if (!holding.isEmpty()) {
            return new PromotionDecision(false, bySite, "not promoted: " + String.join("; ", holding));
        }
        return new PromotionDecision(
                true, bySite, "promoted: all " + studySites.size() + " sites say the candidate is better");
    }

    /** The decision in an {@code evaluate-heads} study's result. */
    public static PromotionDecision fromResult(JsonNode result) {
        return EvaluationResult.decision(result);
    }
}
