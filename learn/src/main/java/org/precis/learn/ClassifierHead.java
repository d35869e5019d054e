package org.precis.learn;

/** A fitted classifier on raw (not standardised) feature vectors: class probabilities per vector. */
public interface ClassifierHead {

    /** Number of classes. */
    int classCount();

    /** Length of the feature vectors taken. */
    int dimension();

    /** Class probabilities of one feature vector. */
    double[] probabilities(double[] features);

    /** Class probabilities of each row. */
    default double[][] probabilities(double[][] rows) {
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = probabilities(rows[i]);
        }
        return out;
    }
}
