package org.precis.cells.nuclei.evaluation;

/** How many annotated points of a class there are and how many of them a detection matched. */
public record ClassRecall(String className, int annotated, int matched) {

    public ClassRecall {
        if (annotated < 0 || matched < 0 || matched > annotated) {
            throw new IllegalArgumentException(
                    "matched (" + matched + ") must be between 0 and annotated (" + annotated + ")");
        }
    }

    /** matched / annotated; NaN when nothing of the class is annotated. */
    public double recall() {
        return annotated == 0 ? Double.NaN : (double) matched / annotated;
    }

    public ClassRecall plus(ClassRecall other) {
        return new ClassRecall(className, annotated + other.annotated, matched + other.matched);
    }
}
