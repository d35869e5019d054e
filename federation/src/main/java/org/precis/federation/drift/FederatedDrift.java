package org.precis.federation.drift;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.precis.io.json.CanonicalJson;
import org.precis.learn.drift.DriftAnalysis;
import org.precis.learn.drift.DriftReport;
import org.precis.survival.data.SurvivalTable;

/**
 * {@code drift}: one round in which every site measures its drift against the study's production
 * head on all of its labelled patches (after the training studies' site checks: the recipe, the
 * classes in order, every class count at least the minimum cell count) and releases the summary
 * ({@link SiteDrift}) in its own slot block ({@link DriftSlots}). The result:
 *
 * <pre>
 * algorithm, classes, model_sha256 (canonical JSON of the head), parameters (the study's, head left out),
 * sites: {SITE: {n, training_moments_recorded, embedding: {summary, no_drift_baseline} or embedding_note,
 *                calibration: {accuracy, log_loss, brier, expected_calibration_error: {value, ci},
 *                              classwise_ece, reliability: [...]}}},
 * absent_sites: [...]
 * </pre>
 */
public final class FederatedDrift implements FederatedAlgorithm {
    public static final String NAME = "drift";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public RoundRequest start(StudyParameters parameters) {
        DriftSettings settings = DriftSettings.read(NAME, parameters.parameters());
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
                DriftSlots.blocks(parameters.sites(), settings.classCount()).length());
    }

    @Override
    public LocalAggregate compute(RoundRequest request, SurvivalTable siteTable, DisclosureRules rules) {
        throw new IllegalArgumentException(
                NAME + " measures drift on a patch set; this site has none (site.yaml: patches)");
    }

    @Override
    public LocalAggregate compute(RoundRequest request, SiteData site, DisclosureRules rules) {
        DriftSettings settings = DriftSettings.read(NAME, request.parameters().get("study"));
        List<String> sites = sites(request.parameters());
        int length = DriftSlots.blocks(sites, settings.classCount()).length();
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
        if (set.dimension() != settings.sites().dimension()) {
            throw new IllegalArgumentException(NAME + ": the study's head takes "
                    + settings.sites().dimension() + " features, this site's patch vectors have " + set.dimension());
        }
        double[] out = DriftSlots.encode(local(site.site(), set, settings, rules), sites);
        for (int i = 0; i < out.length; i++) {
            if (!Double.isFinite(out[i])) {
                throw new IllegalArgumentException(NAME + ": value " + i + " of this site's figures is " + out[i]
                        + "; nothing released (a patch vector is not finite)");
            }
        }
        return new LocalAggregate(out);
    }

    /**
     * What site {@code site} releases of its patch set {@code set}: its rows as a training study
     * with nothing held back takes them (checked the same way), measured with a seed of the
     * study's and the site's name.
     *
     * @throws DisclosureException when the site's patches or a class's are fewer than its minimum cell count
     */
    public static SiteDrift local(String site, PatchSet set, DriftSettings settings, DisclosureRules rules) {
        SitePatches patches = SitePatches.of(set, settings.sites(), rules, NAME);
        DriftReport report = new DriftAnalysis(settings.bootstrapReplicates(), siteSeed(settings.seed(), site))
                .analyse(settings.classes(), settings.model(), Map.of(), patches.train(), patches.trainClass());
        return SiteDrift.of(site, report, rules.minimumCellCount());
    }

    /** The seed of site {@code site}'s baseline halves and bootstrap draws in a study seeded {@code seed}. */
    public static long siteSeed(long seed, String site) {
        return seed * 0x9E3779B97F4A7C15L + site.hashCode();
    }

    @Override
    public RoundOutcome aggregate(RoundRequest request, SecureSum sum) {
        JsonNode study = request.parameters().get("study");
        DriftSettings settings = DriftSettings.read(NAME, study);
        List<String> sites = sites(request.parameters());
        int k = settings.classCount();
        double[] s = sum.values();
        Optional<String> mismatch = DriftSlots.blocks(sites, k).mismatch(s, sum.sites());
        if (mismatch.isPresent()) {
            return new RoundOutcome.Failed(NAME + ": " + mismatch.get());
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("algorithm", NAME);
        out.set("classes", study.get("classes").deepCopy());
        out.put("model_sha256", CanonicalJson.sha256(study.get("model")));
        ObjectNode parameters = study.deepCopy();
        parameters.remove("model");
        out.set("parameters", parameters);
        ObjectNode released = out.putObject("sites");
        ArrayNode absent = out.putArray("absent_sites");
        for (int i = 0; i < sites.size(); i++) {
            String site = sites.get(i);
            if (!sum.sites().contains(site)) {
                absent.add(site);
                continue;
            }
            try {
                released.set(site, DriftSlots.decode(s, i, site, k).toJson(settings.classes()));
            } catch (IllegalArgumentException e) {
                return new RoundOutcome.Failed(NAME + ": " + e.getMessage());
            }
        }
        return new RoundOutcome.Finished(out);
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
