package org.precis.cells.grade;

import java.util.List;
import java.util.Optional;
import org.precis.clinical.grade.NottinghamGrade;

/**
 * The Nottingham grade components measured from classified nuclei, each with its bootstrap spread,
 * and the grade they sum to through the clinical module's {@link
 * org.precis.clinical.grade.GradeScores}. A component that could not be estimated is empty with
 * the reason; without all three the grade is empty and {@code possibleGrades} lists the grades the
 * missing scores allow. Research use only, not a diagnosis.
 *
 * @param gradeProbabilities share of bootstrap draws giving grade 1, 2, 3 (all zero when the grade is empty)
 */
public record GradeAssessment(
        String researchUse,
        int fields,
        int blocks,
        MitoticActivity mitoticActivity,
        ComponentUncertainty mitoticUncertainty,
        Optional<NuclearPleomorphism> pleomorphism,
        Optional<ComponentUncertainty> pleomorphismUncertainty,
        Optional<String> pleomorphismMissing,
        Optional<TubuleFormation> tubules,
        Optional<ComponentUncertainty> tubuleUncertainty,
        Optional<String> tubulesMissing,
        Optional<NottinghamGrade> grade,
        List<Integer> possibleGrades,
        double[] gradeProbabilities) {

    /** The label on every result. */
    public static final String RESEARCH_USE = "research use only, not a diagnosis";

    public GradeAssessment {
        possibleGrades = List.copyOf(possibleGrades);
        gradeProbabilities = gradeProbabilities.clone();
    }

    @Override
    public double[] gradeProbabilities() {
        return gradeProbabilities.clone();
    }
}
