package org.precis.demo.cells;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.precis.cells.classify.CallRule;
import org.precis.cells.classify.CellClassifierModel;
import org.precis.cells.classify.CellFeatureRecipe;
import org.precis.cells.classify.CellFeatures;
import org.precis.cells.classify.EncoderField;
import org.precis.cells.federated.FederatedCellClassifiers;
import org.precis.demo.training.FederatedTrainingDemo;
import org.precis.demo.training.PatchStudies;
import org.precis.demo.training.SiteSplit;
import org.precis.embed.patches.PatchSet;
import org.precis.federation.algorithm.DisclosureRules;
import org.precis.federation.training.FederatedHeadTraining;
import org.precis.federation.training.FederatedHeads;

/**
 * {@code bench/federated-cells.sh}: BreCaHAD's 12 fields, three kept apart for testing and the
 * rest dealt by field to 2 or 3 sites; the cell head trained by FedAvg across the sites and by the
 * same study on one site holding their union (pooled), both turned into cell classifiers (mitosis
 * threshold 0.5) and scored on the held-out fields' annotated cells: each class's recall, accuracy
 * and balanced accuracy, and the federated figures against the pooled ones.
 */
public final class FederatedCellsBench {

    static final List<String> HELD_OUT = FederatedCellDemo.HELD_OUT;

    private FederatedCellsBench() {}

    static List<List<String>> sites(int count) {
        return switch (count) {
            case 2 -> List.of(FederatedCellDemo.SITES.get("site-a"), FederatedCellDemo.SITES.get("site-b"));
            case 3 ->
                List.of(
                        List.of("Case_12-01", "Case_12-02", "Case_12-04"),
                        List.of("Case_12-05", "Case_12-06", "Case_12-08"),
                        List.of("Case_12-09", "Case_12-11", "Case_12-12"));
            default -> throw new IllegalArgumentException("SITES must be 2 or 3, got " + count);
        };
    }

    /** {@code DATA_ROOT WORK [ENCODERS|none] [SITES]}: encoders comma-separated (default nic_multitask), 2 sites. */
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path work = Files.createDirectories(Path.of(args[1]));
        String encoders = args.length > 2 ? args[2] : "nic_multitask";
        int siteCount = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        List<EncoderField> fields = new ArrayList<>();
        for (String name : encoders.split(",")) {
            if (!name.equals("none")) {
                fields.add(CellFeatures.nucleusField(name, data));
            }
        }
        CellFeatureRecipe recipe = new CellFeatureRecipe(fields, true);
        CellSites cells = new CellSites(data, recipe, work.resolve("cell-sets"));
        long started = System.nanoTime();
        Map<String, PatchSet> sites = new LinkedHashMap<>();
        List<List<String>> split = sites(siteCount);
        for (int s = 0; s < split.size(); s++) {
            sites.put("site-" + (char) ('a' + s), cells.site(split.get(s)));
        }
        PatchSet heldOut = cells.site(HELD_OUT);
        System.out.printf(
                Locale.ROOT,
                "features %s (%d), one view a cell; feature sets ready in %.0f s (cached under %s)%n",
                recipe.label(),
                recipe.dimension(),
                (System.nanoTime() - started) / 1e9,
                work.resolve("cell-sets"));
        // three sites of three fields hold 7-10 training cells of the rare classes: a minimum cell
        // count of 5 lets them take part (the default 10 refuses them)
        DisclosureRules rules = siteCount == 3 ? new DisclosureRules(5) : DisclosureRules.defaults();
        System.out.println("minimum cell count " + rules.minimumCellCount() + "; algorithm fedavg, in one process "
                + "(LocalStudyRun: the same site and coordinator functions as across processes, a plain sum)");
        for (int s = 0; s < split.size(); s++) {
            PatchSet set = sites.get("site-" + (char) ('a' + s));
            System.out.printf(Locale.ROOT, "  site-%c: %s, %s%n", (char) ('a' + s), split.get(s), counts(set));
        }
        System.out.printf(Locale.ROOT, "  held out: %s, %s%n", HELD_OUT, counts(heldOut));

        PatchSet union = SiteSplit.concatenate(List.copyOf(sites.values()), "union");
        Result federated = train("federated-cells", sites, recipe, rules);
        Result pooled = train("pooled-cells", Map.of("pooled", union), recipe, rules);
        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "%-10s %6s %8s %10s %8s %9s %9s %9s%n",
                "model",
                "rounds",
                "accuracy",
                "bal. acc.",
                "Tumor",
                "Non-tumor",
                "Mitosis",
                "Apoptosis");
        CellRecall f = federated.score(heldOut);
        CellRecall p = pooled.score(heldOut);
        print("federated", federated.rounds(), f);
        print("pooled", pooled.rounds(), p);
        System.out.printf(
                Locale.ROOT,
                "federated / pooled: accuracy %.3f, balanced accuracy %.3f%n",
                f.accuracy() / p.accuracy(),
                f.balancedAccuracy() / p.balancedAccuracy());
        System.out.println("(recall per class on the held-out fields' annotated cells; Mitosis called at p >= 0.5; "
                + "one patient: within-case figures)");
    }

    private record Result(CellClassifierModel model, int rounds) {
        CellRecall score(PatchSet cells) {
            return CellRecall.of(model, cells);
        }
    }

    private static Result train(
            String studyId, Map<String, PatchSet> sites, CellFeatureRecipe recipe, DisclosureRules rules) {
        PatchSet example = sites.values().iterator().next();
        JsonNode result = PatchStudies.inProcess(
                studyId, FederatedHeadTraining.FEDAVG, FederatedTrainingDemo.parameters(example), sites, rules);
        CellClassifierModel model = new FederatedCellClassifiers()
                .model(
                        FederatedHeads.classifier(result, studyId, Instant.now(), "demo"),
                        recipe,
                        new CallRule(FederatedCellClassifiers.DEFAULT_MITOSIS_THRESHOLD),
                        "demo",
                        studyId);
        return new Result(model, result.get("rounds_trained").asInt());
    }

    private static void print(String name, int rounds, CellRecall s) {
        System.out.printf(
                Locale.ROOT,
                "%-10s %6d %8.3f %10.3f %8s %9s %9s %9s%n",
                name,
                rounds,
                s.accuracy(),
                s.balancedAccuracy(),
                recall(s, 0),
                recall(s, 1),
                recall(s, 2),
                recall(s, 3));
    }

    private static String recall(CellRecall s, int c) {
        return String.format(Locale.ROOT, "%.2f(%d/%d)", s.recall(c), s.right()[c], s.total()[c]);
    }

    private static String counts(PatchSet set) {
        int[] n = new int[set.classNames().size()];
        for (int k : set.classIndex()) {
            n[k]++;
        }
        StringBuilder text = new StringBuilder(set.count() + " cells (");
        for (int k = 0; k < n.length; k++) {
            text.append(k == 0 ? "" : ", ")
                    .append(set.classNames().get(k))
                    .append(' ')
                    .append(n[k]);
        }
        return text.append(')').toString();
    }
}
