package org.precis.cells.classify;

/**
 * A place where a mitosis may be called, in image pixels (continuous coordinates): a detected
 * nucleus's centroid ({@code second < 0}) or the midpoint of two detected nuclei (indices into the
 * image's nuclei).
 */
public record MitosisCandidate(double x, double y, int first, int second) {

    public MitosisCandidate {
        if (!Double.isFinite(x) || !Double.isFinite(y) || first < 0 || second >= 0 && second <= first) {
            throw new IllegalArgumentException("a mitosis candidate needs a finite centre and nucleus indices a < b");
        }
    }

    /** Whether this is the midpoint of two nuclei rather than one nucleus. */
    public boolean isPair() {
        return second >= 0;
    }
}
