package org.precis.federation.algorithm;

import java.util.List;
import org.precis.federation.drift.FederatedDrift;
import org.precis.federation.evaluation.FederatedEvaluation;
import org.precis.federation.training.FederatedHeadTraining;

/** The algorithms a study can name, by name: what the coordinator and the sites look a study's algorithm up in. */
public final class FederatedAlgorithms {
    private static final List<String> NAMES = List.of(
            CoxStratified.NAME,
            CoxGrid.NAME,
            KaplanMeierOnGrid.NAME,
            LogRankOnGrid.NAME,
            DescriptiveStatistics.NAME,
            LogisticRegression.NAME,
            FederatedHeadTraining.FEDAVG,
            FederatedHeadTraining.FEDPROX,
            FederatedEvaluation.NAME,
            FederatedDrift.NAME);

    private FederatedAlgorithms() {}

    /** Every algorithm's name. */
    public static List<String> names() {
        return NAMES;
    }

    /** A new instance of the named algorithm; an unknown name fails listing the known ones. */
    public static FederatedAlgorithm named(String name) {
        return switch (name) {
            case CoxStratified.NAME -> new CoxStratified();
            case CoxGrid.NAME -> new CoxGrid();
            case KaplanMeierOnGrid.NAME -> new KaplanMeierOnGrid();
            case LogRankOnGrid.NAME -> new LogRankOnGrid();
            case DescriptiveStatistics.NAME -> new DescriptiveStatistics();
            case LogisticRegression.NAME -> new LogisticRegression();
            case FederatedHeadTraining.FEDAVG -> FederatedHeadTraining.fedAvg();
            case FederatedHeadTraining.FEDPROX -> FederatedHeadTraining.fedProx();
            case FederatedEvaluation.NAME -> new FederatedEvaluation();
            case FederatedDrift.NAME -> new FederatedDrift();
            default -> throw new IllegalArgumentException("unknown algorithm '" + name + "'; known are " + NAMES);
        };
    }
}
