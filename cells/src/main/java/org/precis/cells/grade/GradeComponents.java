package org.precis.cells.grade;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.precis.clinical.grade.GradeScores;
import org.precis.clinical.grade.NottinghamGrade;

/**
 * Measures the Nottingham grade components of classified fields ({@link MitoticActivity}, {@link
 * NuclearPleomorphism}, {@link TubuleFormation}) and their uncertainty by a bootstrap over
 * high-power-field blocks (blocks drawn with replacement, every component recomputed on each draw),
 * and sums the scores to the grade with the clinical module. Randomness comes from the caller.
 */
public final class GradeComponents {

    private final GradeSettings settings;

    public GradeComponents(GradeSettings settings) {
        this.settings = settings;
    }

    /**
     * The components of {@code fields}.
     *
     * @throws IllegalArgumentException if there are no fields or no tumour nucleus in them
     */
    public GradeAssessment assess(List<GradingField> fields, RandomGenerator random) {
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("no fields to grade");
        }
        MitoticCutoffs cutoffs = MitoticScoreTable.forDiameter(settings.fieldDiameterMm());
        List<GradingBlock> blocks = GradingBlocks.of(fields, settings.fieldDiameterMm(), settings.gridUm());
        MitoticActivity mitotic = MitoticActivity.of(blocks, cutoffs);
        Optional<NuclearPleomorphism> pleomorphism = Optional.empty();
        Optional<String> pleomorphismMissing = Optional.empty();
        try {
            pleomorphism = Optional.of(NuclearPleomorphism.of(blocks));
        } catch (IllegalArgumentException e) {
            pleomorphismMissing = Optional.of(e.getMessage());
        }
        Optional<TubuleFormation> tubules = Optional.empty();
        Optional<String> tubulesMissing = Optional.empty();
        try {
            tubules = Optional.of(TubuleFormation.of(blocks));
        } catch (IllegalArgumentException e) {
            tubulesMissing = Optional.of(e.getMessage());
        }

        int replicates = settings.bootstrapReplicates();
        List<double[]> mitoticDraws = new ArrayList<>();
        List<double[]> pleomorphismDraws = new ArrayList<>();
        List<double[]> tubuleDraws = new ArrayList<>();
        int[] gradeCounts = new int[3];
        int gradeDraws = 0;
        GradingBlock[] drawn = new GradingBlock[blocks.size()];
        for (int r = 0; r < replicates; r++) {
            for (int i = 0; i < drawn.length; i++) {
                drawn[i] = blocks.get(random.nextInt(blocks.size()));
            }
            List<GradingBlock> sample = Arrays.asList(drawn);
            double[] m = draw(sample, b -> {
                MitoticActivity a = MitoticActivity.of(b, cutoffs);
                return new double[] {a.hotSpotCountPer10Hpf(), a.score()};
            });
            double[] p = pleomorphism.isPresent()
                    ? draw(sample, b -> {
                        NuclearPleomorphism n = NuclearPleomorphism.of(b);
                        return new double[] {n.sizeRatio(), n.score()};
                    })
                    : null;
            double[] t = tubules.isPresent()
                    ? draw(sample, b -> {
                        TubuleFormation f = TubuleFormation.of(b);
                        return new double[] {f.percent(), f.score()};
                    })
                    : null;
            if (m != null) {
                mitoticDraws.add(m);
            }
            if (p != null) {
                pleomorphismDraws.add(p);
            }
            if (t != null) {
                tubuleDraws.add(t);
            }
            if (m != null && p != null && t != null) {
                NottinghamGrade g = new GradeScores((int) t[1], (int) p[1], (int) m[1]).grade();
                gradeCounts[g.number() - 1]++;
                gradeDraws++;
            }
        }
        Optional<NottinghamGrade> grade = Optional.empty();
        TreeSet<Integer> possible = new TreeSet<>();
        List<Integer> tubuleScores = tubules.map(f -> List.of(f.score())).orElse(List.of(1, 2, 3));
        List<Integer> pleomorphismScores =
                pleomorphism.map(n -> List.of(n.score())).orElse(List.of(1, 2, 3));
        for (int ts : tubuleScores) {
            for (int ps : pleomorphismScores) {
                possible.add(new GradeScores(ts, ps, mitotic.score()).grade().number());
            }
        }
        if (tubules.isPresent() && pleomorphism.isPresent()) {
            grade = Optional.of(
                    new GradeScores(tubules.get().score(), pleomorphism.get().score(), mitotic.score()).grade());
        }
        double[] gradeProbabilities = new double[3];
        for (int g = 0; g < 3 && gradeDraws > 0; g++) {
            gradeProbabilities[g] = (double) gradeCounts[g] / gradeDraws;
        }
        return new GradeAssessment(
                GradeAssessment.RESEARCH_USE,
                fields.size(),
                blocks.size(),
                mitotic,
                uncertainty(mitoticDraws),
                pleomorphism,
                pleomorphism.map(n -> uncertainty(pleomorphismDraws)),
                pleomorphismMissing,
                tubules,
                tubules.map(f -> uncertainty(tubuleDraws)),
                tubulesMissing,
                grade,
                List.copyOf(possible),
                gradeProbabilities);
    }

    /** The measure and score on one draw, or null when the draw leaves it undefined. */
    private static double[] draw(List<GradingBlock> sample, Function<List<GradingBlock>, double[]> measure) {
        try {
            return measure.apply(sample);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private ComponentUncertainty uncertainty(List<double[]> draws) {
        if (draws.isEmpty()) {
            return new ComponentUncertainty(Double.NaN, Double.NaN, settings.level(), new double[3], 0);
        }
        double[] values = draws.stream().mapToDouble(d -> d[0]).sorted().toArray();
        double[] probabilities = new double[3];
        for (double[] d : draws) {
            probabilities[(int) d[1] - 1] += 1.0 / draws.size();
        }
        double level = settings.level();
        return new ComponentUncertainty(
                quantile(values, (1 - level) / 2),
                quantile(values, (1 + level) / 2),
                level,
                probabilities,
                draws.size());
    }

    private static double quantile(double[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
