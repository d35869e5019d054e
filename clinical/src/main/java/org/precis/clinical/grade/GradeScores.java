package org.precis.clinical.grade;

/**
 * The three semi-quantitative scores of the Nottingham (Elston-Ellis) grade, each 1-3.
 *
 * @param tubuleFormation     1: &gt; 75% of the tumour forms tubules; 2: 10-75%; 3: &lt; 10%
 * @param nuclearPleomorphism 1: small regular uniform nuclei; 2: moderate variation; 3: marked variation
 * @param mitoticCount        1-3, from the count per 10 high-power fields banded by field area
 */
public record GradeScores(int tubuleFormation, int nuclearPleomorphism, int mitoticCount) {

    public GradeScores {
        check("tubule formation", tubuleFormation);
        check("nuclear pleomorphism", nuclearPleomorphism);
        check("mitotic count", mitoticCount);
    }

    /** The total score, 3-9. */
    public int total() {
        return tubuleFormation + nuclearPleomorphism + mitoticCount;
    }

    /** Grade 1 for a total of 3-5, grade 2 for 6-7, grade 3 for 8-9. */
    public NottinghamGrade grade() {
        int total = total();
        if (total <= 5) {
            return NottinghamGrade.GRADE_1;
        }
        return total <= 7 ? NottinghamGrade.GRADE_2 : NottinghamGrade.GRADE_3;
    }

    private static void check(String score, int value) {
        if (value < 1 || value > 3) {
            throw new IllegalArgumentException(score + " score must be 1, 2 or 3, was " + value);
        }
    }
}
