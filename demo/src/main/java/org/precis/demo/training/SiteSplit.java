package org.precis.demo.training;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.precis.embed.patches.PatchSet;

/**
 * A split of the LC25000 lung patches across sites: first a held-out test set (a stratified share of
 * each class, kept apart before anything else and never used for training or tuning), then the
 * rest dealt to the sites by each site's share of each class. The demo's ({@link #nonIid}) deals to
 * three sites non-IID: {@code site-a} mostly adenocarcinoma, {@code site-b} mostly squamous cell
 * carcinoma, {@code site-c} mostly benign, of different sizes ({@link #NON_IID_SHARES}); {@link
 * #even} deals alike to any number of sites, for timing rounds. Which patches go where is drawn
 * from the seed.
 *
 * <p>The held-out patches are dealt to the sites with the same shares ({@link #siteTests}), so that a
 * model can be scored on the kind of patches another site sees without anyone having trained on
 * them; {@link #test} is all of them.
 *
 * @param test the held-out patches
 * @param siteTests the held-out patches dealt as the sites' patches are, in site order
 * @param sites each site's training patches, in site order
 */
public record SiteSplit(PatchSet test, Map<String, PatchSet> siteTests, Map<String, PatchSet> sites) {

    /** Share of the held-out test set in each class. */
    public static final double TEST_SHARE = 0.2;

    /** Each site's share of each class's non-test patches, classes in the patch set's (sorted) order: aca, n, scc. */
    public static final Map<String, double[]> NON_IID_SHARES = shares();

    private static Map<String, double[]> shares() {
        Map<String, double[]> shares = new LinkedHashMap<>();
        shares.put("site-a", new double[] {0.80, 0.20, 0.30}); // mostly adenocarcinoma, the largest
        shares.put("site-b", new double[] {0.10, 0.10, 0.60}); // mostly squamous cell carcinoma
        shares.put("site-c", new double[] {0.10, 0.70, 0.10}); // mostly benign
        return java.util.Collections.unmodifiableMap(shares);
    }

    public SiteSplit {
        sites = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sites));
        siteTests = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(siteTests));
    }

    /** The demo's non-IID split of {@code set} (classes lung_aca, lung_n, lung_scc) with {@code seed}. */
    public static SiteSplit nonIid(PatchSet set, long seed) {
        if (set.classNames().size() != 3) {
            throw new IllegalArgumentException(
                    "the non-IID lung split needs three classes, the set has " + set.classNames());
        }
        return of(set, seed, NON_IID_SHARES);
    }

    /** {@code set} dealt alike to {@code sites} sites ({@code site-01}, ...) with {@code seed}. */
    public static SiteSplit even(PatchSet set, long seed, int sites) {
        if (sites < 2 || sites > 99) {
            throw new IllegalArgumentException("sites must be in 2..99, got " + sites);
        }
        Map<String, double[]> shares = new LinkedHashMap<>();
        for (int s = 1; s <= sites; s++) {
            double[] share = new double[set.classNames().size()];
            java.util.Arrays.fill(share, 1.0 / sites);
            shares.put(String.format("site-%02d", s), share);
        }
        return of(set, seed, shares);
    }

    /** {@code set} dealt by {@code shares} (each site's share of each class) with {@code seed}. */
    static SiteSplit of(PatchSet set, long seed, Map<String, double[]> shares) {
        int classes = set.classNames().size();
        SplittableRandom random = new SplittableRandom(seed);
        List<Integer> test = new ArrayList<>();
        Map<String, List<Integer>> sites = new LinkedHashMap<>();
        Map<String, List<Integer>> siteTests = new LinkedHashMap<>();
        shares.keySet().forEach(site -> sites.put(site, new ArrayList<>()));
        shares.keySet().forEach(site -> siteTests.put(site, new ArrayList<>()));
        for (int c = 0; c < classes; c++) {
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < set.count(); i++) {
                if (set.classIndex()[i] == c) {
                    rows.add(i);
                }
            }
            shuffle(rows, random);
            int held = (int) Math.round(TEST_SHARE * rows.size());
            test.addAll(rows.subList(0, held));
            deal(rows.subList(0, held), c, shares, siteTests);
            deal(rows.subList(held, rows.size()), c, shares, sites);
        }
        Map<String, PatchSet> out = new LinkedHashMap<>();
        sites.forEach((site, rows) -> out.put(site, subset(set, rows, site)));
        Map<String, PatchSet> tests = new LinkedHashMap<>();
        siteTests.forEach((site, rows) -> tests.put(site, subset(set, rows, site + "-test")));
        return new SiteSplit(subset(set, test, "test"), tests, out);
    }

    /**
     * Deals class {@code c}'s {@code rows} to the sites by their shares: site i takes the rows up to
     * the rounded cumulative share of sites 1..i, so no site is short by more than one row.
     */
    private static void deal(List<Integer> rows, int c, Map<String, double[]> shares, Map<String, List<Integer>> into) {
        int from = 0;
        int site = 0;
        double cumulative = 0;
        for (Map.Entry<String, double[]> share : shares.entrySet()) {
            cumulative += share.getValue()[c];
            boolean last = ++site == shares.size();
            int to = last ? rows.size() : Math.min(rows.size(), (int) Math.round(cumulative * rows.size()));
            into.get(share.getKey()).addAll(rows.subList(from, Math.max(from, to)));
            from = Math.max(from, to);
        }
    }

    /** The held-out patches of every site but {@code site}. */
    public PatchSet otherSitesTest(String site) {
        List<PatchSet> others = new ArrayList<>();
        siteTests.forEach((name, part) -> {
            if (!name.equals(site)) {
                others.add(part);
            }
        });
        return concatenate(others, "others-of-" + site);
    }

    /** All sites' patches together: the pooled reference's training data. */
    public PatchSet union() {
        return concatenate(List.copyOf(sites.values()), "union");
    }

    /**
     * The parts' patches in order as one set (without per-view vectors), named {@code name} in its
     * data hash; the parts must share the recipe and the classes.
     */
    public static PatchSet concatenate(List<PatchSet> parts, String name) {
        PatchSet first = parts.get(0);
        int n = parts.stream().mapToInt(PatchSet::count).sum();
        float[] features = new float[n * first.dimension()];
        List<String> names = new ArrayList<>();
        int[] classes = new int[n];
        int at = 0;
        for (PatchSet part : parts) {
            if (!part.recipe().equals(first.recipe()) || !part.classNames().equals(first.classNames())) {
                throw new IllegalArgumentException("sets of different recipes or classes cannot be joined");
            }
            System.arraycopy(part.features(), 0, features, at * first.dimension(), part.features().length);
            System.arraycopy(part.classIndex(), 0, classes, at, part.count());
            names.addAll(part.fileNames());
            at += part.count();
        }
        return new PatchSet(
                n,
                first.dimension(),
                features,
                names,
                classes,
                first.classNames(),
                first.recipe(),
                sha256(first.dataSha256() + "\n" + name + "\n" + names),
                first.softwareVersion());
    }

    /**
     * The split as it stood earlier: each site holding a seeded {@code share} of each class of its
     * training patches (the rest are the labelled patches it adds later), the held-out patches
     * unchanged.
     */
    public SiteSplit earlier(double share, long seed) {
        if (!(share > 0 && share < 1)) {
            throw new IllegalArgumentException("the earlier share must be in (0, 1), got " + share);
        }
        Map<String, PatchSet> before = new LinkedHashMap<>();
        for (Map.Entry<String, PatchSet> site : sites.entrySet()) {
            PatchSet set = site.getValue();
            List<Integer> kept = new ArrayList<>();
            for (int c = 0; c < set.classNames().size(); c++) {
                List<Integer> rows = new ArrayList<>();
                for (int i = 0; i < set.count(); i++) {
                    if (set.classIndex()[i] == c) {
                        rows.add(i);
                    }
                }
                shuffle(rows, new SplittableRandom(seed ^ (site.getKey() + c).hashCode()));
                kept.addAll(rows.subList(0, (int) Math.round(share * rows.size())));
            }
            before.put(site.getKey(), subset(set, kept, site.getKey() + "-earlier"));
        }
        return new SiteSplit(test, siteTests, before);
    }

    /** The patches {@code rows} of {@code set}, without per-view vectors; its data hash names the parent and the rows. */
    static PatchSet subset(PatchSet set, List<Integer> rows, String name) {
        List<Integer> sorted = rows.stream().sorted().toList();
        int d = set.dimension();
        float[] features = new float[sorted.size() * d];
        List<String> names = new ArrayList<>();
        int[] classes = new int[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            int r = sorted.get(i);
            System.arraycopy(set.features(), r * d, features, i * d, d);
            names.add(set.fileNames().get(r));
            classes[i] = set.classIndex()[r];
        }
        return new PatchSet(
                sorted.size(),
                d,
                features,
                names,
                classes,
                set.classNames(),
                set.recipe(),
                sha256(set.dataSha256() + "\n" + name + "\n" + names),
                set.softwareVersion());
    }

    private static void shuffle(List<Integer> rows, SplittableRandom random) {
        for (int i = rows.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Integer t = rows.get(i);
            rows.set(i, rows.get(j));
            rows.set(j, t);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
