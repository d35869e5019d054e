package org.precis.imaging.stain;

/** 3x3 matrices of colour transforms (stain vectors, RGB to XYZ). */
final class ColourMatrix {

    private ColourMatrix() {}

    /** The inverse by cofactors; the rows of {@code m} must be linearly independent. */
    static double[][] inverse(double[][] m, String what) {
        double c00 = m[1][1] * m[2][2] - m[1][2] * m[2][1];
        double c01 = m[1][2] * m[2][0] - m[1][0] * m[2][2];
        double c02 = m[1][0] * m[2][1] - m[1][1] * m[2][0];
        double determinant = m[0][0] * c00 + m[0][1] * c01 + m[0][2] * c02;
        double scale = Math.max(Math.abs(m[0][0]), Math.max(Math.abs(m[1][1]), Math.abs(m[2][2])));
        if (!(Math.abs(determinant) > 1e-12 * Math.max(1.0, scale * scale * scale))) {
            throw new IllegalArgumentException(what + " are linearly dependent (determinant " + determinant + ")");
        }
        double[][] inverse = {
            {c00, m[0][2] * m[2][1] - m[0][1] * m[2][2], m[0][1] * m[1][2] - m[0][2] * m[1][1]},
            {c01, m[0][0] * m[2][2] - m[0][2] * m[2][0], m[0][2] * m[1][0] - m[0][0] * m[1][2]},
            {c02, m[0][1] * m[2][0] - m[0][0] * m[2][1], m[0][0] * m[1][1] - m[0][1] * m[1][0]},
        };
        for (double[] row : inverse) {
            for (int column = 0; column < 3; column++) {
                row[column] /= determinant;
            }
        }
        return inverse;
    }
}
