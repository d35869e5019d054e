package org.precis.cells.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.precis.learn.ClassifierHead;
import org.precis.learn.linear.SoftmaxModel;
import org.precis.learn.validation.LogisticHeads;

/**
 * Fits and evaluates the cell classifier with folds grouped by image. {@link #fit} chooses the L2
 * penalty (lowest pooled log loss) and the mitosis threshold ({@link CallRule#choose}) from inner
 * image-grouped folds of the cells it is given, then fits on all their views. {@link #evaluate}
 * wraps that in outer image-grouped folds (nested cross-validation): every held-out cell is
 * predicted, from the patch on its annotated point, by a model whose every choice was made without
 * its image.
 */
public final class GroupedCellValidation {

    private static final double MIN_PROBABILITY = 1e-15;

    private final ClassifierSettings settings;
    private final LogisticHeads heads;
    private final List<DetectedImage> detected;
    private final CandidateViews extraViews;

    /** Mitosis thresholds chosen on the annotated cells. */
    public GroupedCellValidation(ClassifierSettings settings) {
        this(settings, List.of());
    }

    /**
     * Mitosis thresholds chosen on every detected nucleus of the inner folds' held-out images
     * ({@code detected.get(i)} for image i of the table), when {@code detected} is not empty.
     */
    public GroupedCellValidation(ClassifierSettings settings, List<DetectedImage> detected) {
        this(settings, detected, CandidateViews.none());
    }

    /**
     * As {@link #GroupedCellValidation(ClassifierSettings, List)}, every fit also trained on the
     * {@code extraViews} of its training images.
     */
    public GroupedCellValidation(ClassifierSettings settings, List<DetectedImage> detected, CandidateViews extraViews) {
        this.settings = settings;
        this.heads = new LogisticHeads(settings.penalties());
        this.detected = List.copyOf(detected);
        this.extraViews = extraViews;
    }

    private double[][] trainingRows(CellFeatureTable table, int[] cells) {
        double[][] own = table.trainingRows(cells);
        double[][] extra = extraViews.rowsFor(table, cells);
        double[][] all = java.util.Arrays.copyOf(own, own.length + extra.length);
        System.arraycopy(extra, 0, all, own.length, extra.length);
        return all;
    }

    private int[] trainingClasses(CellFeatureTable table, int[] cells) {
        int[] own = table.trainingClasses(cells);
        int[] extra = extraViews.classesFor(table, cells);
        int[] all = java.util.Arrays.copyOf(own, own.length + extra.length);
        System.arraycopy(extra, 0, all, own.length, extra.length);
        return all;
    }

    /** The classifier chosen and fitted on {@code cells} of {@code table}. */
    public FittedCellClassifier fit(CellFeatureTable table, int[] cells, RandomGenerator random) {
        int k = table.classCount();
        int[] fold = ImageFolds.assign(cells, table.image(), settings.innerFolds(), random);
        int s = heads.settingCount();
        double[][][] outOfFold = new double[s][cells.length][];
        List<List<ClassifierHead>> innerHeads = new ArrayList<>();
        List<int[]> innerTest = new ArrayList<>();
        for (int f = 0; f < settings.innerFolds(); f++) {
            int[] train = ImageFolds.members(cells, fold, f, false);
            int[] test = ImageFolds.members(cells, fold, f, true);
            List<ClassifierHead> fitted =
                    heads.fitForScoring(trainingRows(table, train), trainingClasses(table, train), k);
            innerHeads.add(fitted);
            innerTest.add(test);
            double[][] rows = table.pointRows(test);
            int[] position = positions(cells, test);
            for (int setting = 0; setting < s; setting++) {
                double[][] p = fitted.get(setting).probabilities(rows);
                for (int i = 0; i < test.length; i++) {
                    outOfFold[setting][position[i]] = p[i];
                }
            }
        }
        int best = 0;
        double bestLoss = Double.POSITIVE_INFINITY;
        for (int setting = 0; setting < s; setting++) {
            double loss = 0;
            for (int i = 0; i < cells.length; i++) {
                loss -= Math.log(Math.max(MIN_PROBABILITY, outOfFold[setting][i][table.classIndex()[cells[i]]]));
            }
            if (loss < bestLoss) {
                bestLoss = loss;
                best = setting;
            }
        }
        int[] truth = new int[cells.length];
        for (int i = 0; i < cells.length; i++) {
            truth[i] = table.classIndex()[cells[i]];
        }
        CallRule rule = detected.isEmpty()
                ? CallRule.choose(outOfFold[best], truth, settings.callsPerMitosis())
                : ruleOnDetections(table, innerHeads, innerTest, best);
        SoftmaxModel head =
                (SoftmaxModel) heads.fit(best, trainingRows(table, cells), trainingClasses(table, cells), k);
        return new FittedCellClassifier(head, heads.penalties().get(best), rule);
    }

    /** The threshold chosen on the detections of each inner fold's held-out images, by that fold's head. */
    private CallRule ruleOnDetections(
            CellFeatureTable table, List<List<ClassifierHead>> innerHeads, List<int[]> innerTest, int best) {
        int m = org.precis.cells.nuclei.CellClass.MITOSIS.ordinal();
        List<double[]> probabilities = new ArrayList<>();
        List<DetectedImage> images = new ArrayList<>();
        for (int f = 0; f < innerHeads.size(); f++) {
            java.util.Set<Integer> seen = new java.util.TreeSet<>();
            for (int c : innerTest.get(f)) {
                seen.add(table.image()[c]);
            }
            ClassifierHead head = innerHeads.get(f).get(best);
            for (int image : seen) {
                DetectedImage d = detected.get(image);
                double[] p = new double[d.rows().length];
                for (int r = 0; r < p.length; r++) {
                    p[r] = head.probabilities(d.rows()[r])[m];
                }
                probabilities.add(p);
                images.add(d);
            }
        }
        return CallRule.chooseOnDetections(probabilities, images, settings.detectionCallsPerMitosis());
    }

    /** Nested cross-validation over {@code table}'s images. */
    public CellClassValidation evaluate(CellFeatureTable table, RandomGenerator random) {
        int n = table.size();
        int[] all = java.util.stream.IntStream.range(0, n).toArray();
        int[] fold = ImageFolds.assign(all, table.image(), settings.outerFolds(), random);
        double[][] probabilities = new double[n][];
        int[] calls = new int[n];
        List<FittedCellClassifier> chosen = new ArrayList<>();
        for (int f = 0; f < settings.outerFolds(); f++) {
            int[] train = ImageFolds.members(all, fold, f, false);
            int[] test = ImageFolds.members(all, fold, f, true);
            FittedCellClassifier fitted = fit(table, train, random);
            chosen.add(fitted);
            double[][] p = fitted.head().probabilities(table.pointRows(test));
            for (int i = 0; i < test.length; i++) {
                probabilities[test[i]] = p[i];
                calls[test[i]] = fitted.rule().call(p[i]).ordinal();
            }
        }
        return new CellClassValidation(
                table.classIndex().clone(), table.image().clone(), fold, probabilities, calls, chosen);
    }

    private static int[] positions(int[] cells, int[] subset) {
        java.util.Map<Integer, Integer> at = new java.util.HashMap<>();
        for (int i = 0; i < cells.length; i++) {
            at.put(cells[i], i);
        }
        int[] positions = new int[subset.length];
        for (int i = 0; i < subset.length; i++) {
            positions[i] = at.get(subset[i]);
        }
        return positions;
    }
}
