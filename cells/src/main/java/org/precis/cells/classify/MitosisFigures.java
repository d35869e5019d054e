package org.precis.cells.classify;

import java.util.ArrayList;
import java.util.List;
import org.precis.cells.nuclei.CellClass;

/**
 * One mitosis call per mitotic figure over a whole image or a whole run's region, from nuclei that
 * have been classified one by one: the pair candidates between the nuclei ({@link
 * MitosisCandidates}) are classified too, and the mitosis calls of nuclei and pairs are suppressed
 * within the radius of a stronger one ({@link MitosisSuppression}). Only calls take part: the calls
 * at a threshold are the same whether the suppression sees every candidate or only those reaching
 * it, since a candidate is suppressed only by more probable ones. This is what the threshold was
 * chosen on ({@link DetectedImage}), so {@code cells grade} and {@code cells detect --classify}
 * call the mitoses the validation measured.
 */
final class MitosisFigures {

    /**
     * The outcome.
     *
     * @param suppressedNuclei indices of nuclei called Mitosis whose call a stronger one suppressed
     * @param pairs the surviving mitosis calls between two nuclei
     */
    record Outcome(List<Integer> suppressedNuclei, List<PairMitosis> pairs) {

        Outcome {
            suppressedNuclei = List.copyOf(suppressedNuclei);
            pairs = List.copyOf(pairs);
        }
    }

    private final MitosisCandidateSettings settings;

    MitosisFigures(MitosisCandidateSettings settings) {
        this.settings = settings;
    }

    /**
     * The pair candidates between nuclei centred at {@code centroids} ({@code {x, y}} pixels of
     * {@code mpp} µm) with mean haematoxylin {@code haematoxylin}: the places to classify before
     * {@link #call}.
     */
    List<MitosisCandidate> pairs(List<double[]> centroids, double[] haematoxylin, double mpp) {
        List<MitosisCandidate> candidates = MitosisCandidates.find(centroids, haematoxylin, mpp, settings);
        return List.copyOf(candidates.subList(centroids.size(), candidates.size()));
    }

    /** Each candidate's centre {@code {x, y}}. */
    static List<double[]> centres(List<MitosisCandidate> candidates) {
        return candidates.stream().map(c -> new double[] {c.x(), c.y()}).toList();
    }

    /**
     * The figures among nuclei centred at {@code centroids} whose mitosis probability is {@code
     * mitosisCall[i]} where nucleus i was called Mitosis and NaN where it was not, with the {@link
     * #pairs} between them classified as {@code pairPredictions}.
     */
    Outcome call(
            List<double[]> centroids,
            double[] mitosisCall,
            List<MitosisCandidate> pairCandidates,
            List<CellPrediction> pairPredictions,
            double mpp) {
        if (mitosisCall.length != centroids.size()) {
            throw new IllegalArgumentException("need a mitosis probability (or NaN) for every nucleus");
        }
        if (pairPredictions.size() != pairCandidates.size()) {
            throw new IllegalArgumentException("need a prediction for every pair candidate");
        }
        List<MitosisCandidate> calls = new ArrayList<>();
        List<Double> probability = new ArrayList<>();
        for (int i = 0; i < centroids.size(); i++) {
            if (!Double.isNaN(mitosisCall[i])) {
                calls.add(new MitosisCandidate(centroids.get(i)[0], centroids.get(i)[1], i, -1));
                probability.add(mitosisCall[i]);
            }
        }
        for (int k = 0; k < pairCandidates.size(); k++) {
            CellPrediction p = pairPredictions.get(k);
            if (p.call() == CellClass.MITOSIS) {
                calls.add(pairCandidates.get(k));
                probability.add(p.probability(CellClass.MITOSIS));
            }
        }
        double[] p = probability.stream().mapToDouble(Double::doubleValue).toArray();
        boolean[] kept = MitosisSuppression.keep(calls, p, settings.suppressionRadiusUm() / mpp);
        List<Integer> suppressed = new ArrayList<>();
        List<PairMitosis> figures = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            MitosisCandidate c = calls.get(i);
            if (!c.isPair() && !kept[i]) {
                suppressed.add(c.first());
            } else if (c.isPair() && kept[i]) {
                figures.add(new PairMitosis(c, p[i]));
            }
        }
        return new Outcome(suppressed, figures);
    }
}
