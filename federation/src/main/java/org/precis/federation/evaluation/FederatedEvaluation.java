package org.precis.federation.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.precis.embed.patches.PatchSet;
import org.precis.federation.algorithm.DisclosureException;
import org.precis.federation.algorithm.DisclosureRules;
import org.precis.federation.algorithm.FederatedAlgorithm;
import org.precis.federation.algorithm.LocalAggregate;
import org.precis.federation.algorithm.RoundOutcome;
import org.precis.federation.algorithm.RoundRequest;
import org.precis.federation.algorithm.SecureSum;
import org.precis.federation.algorithm.SiteData;
import org.precis.federation.algorithm.StudyParameters;
import org.precis.federation.training.SitePatches;
import org.precis.survival.data.SurvivalTable;

/**
 * {@code evaluate-heads}: one round in which every site scores the candidate head (and the
 * baseline, the production head) on its own validation rows, decides whether the candidate is
 * better there, and releases its figures in its own slot block ({@link VerdictSlots}); the
 * coordinator reads the blocks back and promotes the candidate only when every site the study
 * lists said better ({@link PromotionDecision}). The request carries the study's parameters and
 * its site list, so each site knows its block.
 */
public final class FederatedEvaluation implements FederatedAlgorithm {
    public static final String NAME = "evaluate-heads";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public RoundRequest start(StudyParameters parameters) {
        EvaluationSettings.read(NAME, parameters.parameters());
        if (parameters.sites().isEmpty()) {
            throw new IllegalArgumentException(NAME + ": the study lists no sites; each site needs its slot block");
        }
        ObjectNode params = JsonNodeFactory.instance.objectNode();
        params.set("study", parameters.parameters().deepCopy());
        ArrayNode sites = params.putArray("sites");
        parameters.sites().forEach(sites::add);
        return new RoundRequest(
                parameters.studyId(),
                0,
                NAME,
                params,
                VerdictSlots.blocks(parameters.sites()).length());
    }

    @Override
    public LocalAggregate compute(RoundRequest request, SurvivalTable siteTable, DisclosureRules rules) {
        throw new IllegalArgumentException(NAME + " evaluates on a patch set; this site has none (site.yaml: patches)");
    }

    @Override
    public LocalAggregate compute(RoundRequest request, SiteData site, DisclosureRules rules) {
        EvaluationSettings settings =
                EvaluationSettings.read(NAME, request.parameters().get("study"));
        List<String> sites = sites(request.parameters());
        int length = VerdictSlots.blocks(sites).length();
        if (request.vectorLength() != length) {
            throw new IllegalArgumentException(NAME + ": the round asks for " + request.vectorLength()
                    + " values where " + sites.size() + " sites' blocks take " + length);
        }
        if (!sites.contains(site.site())) {
            throw new IllegalArgumentException(
                    NAME + ": this site (" + site.site() + ") is not among the study's sites " + sites);
        }
        PatchSet set = site.patches()
                .orElseThrow(() ->
                        new IllegalArgumentException(NAME + ": this site holds no patch set (site.yaml: patches)"));
        if (set.dimension() != settings.split().dimension()) {
            throw new IllegalArgumentException(NAME + ": the study's heads take "
                    + settings.split().dimension() + " features, this site's patch vectors have " + set.dimension());
        }
        SitePatches patches = SitePatches.of(set, settings.split(), rules, NAME);
        int n = patches.validation().length;
        if (n < rules.minimumCellCount()) {
            throw new DisclosureException(NAME + ": this site holds back " + n
                    + " validation patches, fewer than its minimum cell count (" + rules.minimumCellCount() + ")");
        }
        SiteVerdict verdict =
                SiteEvaluation.evaluate(site.site(), patches.validation(), patches.validationClass(), settings);
        double[] out = VerdictSlots.encode(verdict, sites);
        for (int i = 0; i < out.length; i++) {
            if (!Double.isFinite(out[i])) {
                throw new IllegalArgumentException(NAME + ": value " + i + " of this site's figures is " + out[i]
                        + "; nothing released (a patch vector is not finite)");
            }
        }
        return new LocalAggregate(out);
    }

    @Override
    public RoundOutcome aggregate(RoundRequest request, SecureSum sum) {
        JsonNode study = request.parameters().get("study");
        EvaluationSettings settings = EvaluationSettings.read(NAME, study);
        List<String> sites = sites(request.parameters());
        double[] s = sum.values();
        Optional<String> mismatch = VerdictSlots.blocks(sites).mismatch(s, sum.sites());
        if (mismatch.isPresent()) {
            return new RoundOutcome.Failed(NAME + ": " + mismatch.get());
        }
        List<SiteVerdict> verdicts = new ArrayList<>();
        for (int i = 0; i < sites.size(); i++) {
            String site = sites.get(i);
            if (!sum.sites().contains(site)) {
                continue;
            }
            try {
                verdicts.add(VerdictSlots.decode(s, i, site, settings.baseline().isPresent()));
            } catch (IllegalArgumentException e) {
                return new RoundOutcome.Failed(NAME + ": " + e.getMessage());
            }
        }
        PromotionDecision decision = PromotionDecision.decide(sites, verdicts, settings.rule());
        return new RoundOutcome.Finished(EvaluationResult.toJson(NAME, study, sites, decision));
    }

    private static List<String> sites(JsonNode parameters) {
        JsonNode node = parameters.get("sites");
        if (node == null || !node.isArray() || node.isEmpty()) {
            throw new IllegalArgumentException(NAME + ": round parameter 'sites' must list the study's sites");
        }
        List<String> sites = new ArrayList<>();
        node.forEach(site -> sites.add(site.asText()));
        return sites;
    }
}
