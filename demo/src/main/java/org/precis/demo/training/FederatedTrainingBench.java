package org.precis.demo.training;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.precis.demo.federation.NodeCommands;
import org.precis.embed.patches.PatchSet;
import org.precis.federation.algorithm.DisclosureRules;
import org.precis.federation.algorithm.RoundOutcome;
import org.precis.federation.algorithm.RoundRequest;
import org.precis.federation.algorithm.SecureSum;
import org.precis.federation.algorithm.SiteData;
import org.precis.federation.algorithm.StudyParameters;
import org.precis.federation.training.FederatedHeadTraining;
import org.precis.io.json.JsonMappers;
import org.precis.learn.patch.PatchEvaluation;
import org.precis.survival.data.SurvivalTable;

/**
 * {@code bench/federated-training.sh}: the federated training demo on the LC25000 lung patches
 * embedded as the demo embeds them, every model's figures on the held-out patches, and the round
 * overhead: the coordinator's wall time a round against one training round's local computation at
 * the sites, timed in this JVM (started with the site JVMs' options) in the same run.
 */
public final class FederatedTrainingBench {
    private FederatedTrainingBench() {}

    /**
     * {@code DATA_ROOT WORK [demo|identity] [fedavg|fedprox] [SITES] [logistic|mlp|private]}: 3 sites
     * non-IID (the demo's), or SITES alike; the demo's logistic head study, its MLP study or its
     * differentially private study.
     */
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path work = Files.createDirectories(Path.of(args[1]));
        LungPatchEmbedding.Recipe recipe = args.length > 2
                ? LungPatchEmbedding.Recipe.valueOf(args[2].toUpperCase(java.util.Locale.ROOT))
                : LungPatchEmbedding.Recipe.DEMO;
        String algorithm = args.length > 3 ? args[3] : FederatedHeadTraining.FEDAVG;
        int siteCount = args.length > 4 ? Integer.parseInt(args[4]) : 3;
        String study = args.length > 5 ? args[5] : "logistic";
        PatchSet patches = LungPatchEmbedding.embedded(
                data,
                recipe,
                work.resolve("lung-" + recipe.name().toLowerCase(java.util.Locale.ROOT) + ".h5"),
                2,
                done -> {});
        Path run = Files.createTempDirectory(work, "run-");
        ObjectNode parameters = switch (study) {
            case "logistic" -> FederatedTrainingDemo.parameters(patches);
            case "mlp" -> FederatedTrainingDemo.mlpParameters(patches);
            case "private" -> FederatedTrainingDemo.privateParameters(patches);
            default ->
                throw new IllegalArgumentException("study must be logistic, mlp or private, got '" + study + "'");
        };
        if (algorithm.equals(FederatedHeadTraining.FEDPROX)) {
            parameters.put("mu", 0.01);
        }
        SiteSplit split = siteCount == 3 ? SiteSplit.nonIid(patches, 7) : SiteSplit.even(patches, 7, siteCount);
        if (siteCount > 3 && !study.equals("private")) {
            // ~45 patches a site: a quarter held back keeps each site's validation count above 10
            parameters.put("validation_fraction", 0.25);
        }
        TrainingDemoReport report = new FederatedTrainingDemo(
                        patches,
                        run,
                        run.resolve("models"),
                        NodeCommands.federationMains(),
                        Clock.systemUTC(),
                        new SecureRandom(),
                        7)
                .run(algorithm, parameters, split);
        System.out.println("recipe " + recipe.name().toLowerCase(java.util.Locale.ROOT) + ", " + algorithm + ", "
                + study + " study, sites "
                + report.sitePatches() + ", held-out " + report.testPatches() + " patches");
        if (!study.equals("logistic")) {
            System.out.println("(federated: the " + study + " study's model; pooled and site-alone: the logistic"
                    + " head fitted by L-BFGS, as the demo's references)");
        }
        System.out.printf(
                "%-14s %-24s %-24s %-24s%n", "model", "accuracy [95% CI]", "macro AUC [95% CI]", "Brier [95% CI]");
        for (ModelScores scores : report.scores()) {
            PatchEvaluation t = scores.test();
            System.out.printf(
                    "%-14s %-24s %-24s %-24s%n",
                    scores.model(),
                    figure(t.accuracy(), t.accuracyCi()),
                    figure(t.macroAuc(), t.macroAucCi()),
                    figure(t.brier(), t.brierCi()));
        }
        report.otherSitesAccuracy()
                .forEach((site, pair) -> System.out.printf(
                        "on the held-out patches of the sites other than %s: %s alone %.4f, federated %.4f%n",
                        site, site, pair[0], pair[1]));
        double perRound = (double) report.wallMillis() / report.rounds();
        double[] local = localTrainingMillis(split, parameters, algorithm);
        double slowest = Arrays.stream(local).max().orElseThrow();
        double all = Arrays.stream(local).sum();
        System.out.printf(
                "study: %d rounds in %d ms, %.0f ms a round; one training round's local computation: slowest site"
                        + " %.0f ms, all sites %.0f ms; overhead a round (wall - slowest site) %.0f ms, ratio wall /"
                        + " local (slowest) %.2f%n",
                report.rounds(), report.wallMillis(), perRound, slowest, all, perRound - slowest, perRound / slowest);
        Files.writeString(run.resolve("report.json"), JsonMappers.indented().writeValueAsString(report.toJson()));
        System.out.println("report: " + run.resolve("report.json"));
    }

    private static String figure(double value, org.precis.learn.metrics.ConfidenceInterval ci) {
        return String.format("%.4f [%.4f, %.4f]", value, ci.lower(), ci.upper());
    }

    /**
     * Each site's local computation for one training round (the median of 5 after 3 warm-ups), on
     * the same split and settings as the study.
     */
    static double[] localTrainingMillis(SiteSplit split, ObjectNode parameters, String algorithm) {
        Map<String, SiteData> sites = new LinkedHashMap<>();
        split.sites()
                .forEach((site, set) ->
                        sites.put(site, new SiteData(site, SurvivalTable.of(List.of()), Optional.of(set))));
        FederatedHeadTraining training = algorithm.equals(FederatedHeadTraining.FEDPROX)
                ? FederatedHeadTraining.fedProx()
                : FederatedHeadTraining.fedAvg();
        DisclosureRules rules = DisclosureRules.defaults();
        RoundRequest request = training.start(new StudyParameters("bench", algorithm, parameters));
        // the statistics rounds (sums, and spread when not private), then time a training round
        while (!request.parameters().path("stage").asText().equals("train")) {
            double[] sum = new double[request.vectorLength()];
            for (SiteData site : sites.values()) {
                double[] v = training.compute(request, site, rules).values();
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += v[i];
                }
            }
            request = ((RoundOutcome.NextRound)
                            training.aggregate(request, new SecureSum(sum, List.copyOf(sites.keySet()))))
                    .request();
        }
        double[] millis = new double[sites.size()];
        int s = 0;
        for (SiteData site : sites.values()) {
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                long start = System.nanoTime();
                training.compute(request, site, rules);
                times.add((System.nanoTime() - start) / 1e6);
            }
            List<Double> timed = new ArrayList<>(times.subList(3, times.size()));
            timed.sort(Double::compare);
            millis[s++] = timed.get(timed.size() / 2);
        }
        return millis;
    }
}
