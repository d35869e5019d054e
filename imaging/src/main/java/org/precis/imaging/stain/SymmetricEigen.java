package org.precis.imaging.stain;

/** Eigenvectors of a symmetric 3x3 matrix by cyclic Jacobi rotations, largest eigenvalue first. */
final class SymmetricEigen {

    private final double[] values = new double[3];
    private final double[][] vectors = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};

    SymmetricEigen(double[][] symmetric) {
        double[][] a = {symmetric[0].clone(), symmetric[1].clone(), symmetric[2].clone()};
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = a[0][1] * a[0][1] + a[0][2] * a[0][2] + a[1][2] * a[1][2];
            double scale = a[0][0] * a[0][0] + a[1][1] * a[1][1] + a[2][2] * a[2][2] + off;
            if (off <= 1e-30 * scale || off == 0) {
                break;
            }
            for (int p = 0; p < 2; p++) {
                for (int q = p + 1; q < 3; q++) {
                    rotate(a, p, q);
                }
            }
        }
        for (int i = 0; i < 3; i++) {
            values[i] = a[i][i];
        }
        // sort columns by eigenvalue, largest first
        for (int i = 0; i < 2; i++) {
            for (int j = i + 1; j < 3; j++) {
                if (values[j] > values[i]) {
                    double v = values[i];
                    values[i] = values[j];
                    values[j] = v;
                    for (int r = 0; r < 3; r++) {
                        double t = vectors[r][i];
                        vectors[r][i] = vectors[r][j];
                        vectors[r][j] = t;
                    }
                }
            }
        }
    }

    private void rotate(double[][] a, int p, int q) {
        if (a[p][q] == 0) {
            return;
        }
        double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
        double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        if (theta == 0) {
            t = 1;
        }
        double c = 1 / Math.sqrt(t * t + 1);
        double s = t * c;
        for (int k = 0; k < 3; k++) {
            double akp = a[k][p];
            double akq = a[k][q];
            a[k][p] = c * akp - s * akq;
            a[k][q] = s * akp + c * akq;
        }
        for (int k = 0; k < 3; k++) {
            double apk = a[p][k];
            double aqk = a[q][k];
            a[p][k] = c * apk - s * aqk;
            a[q][k] = s * apk + c * aqk;
        }
        for (int k = 0; k < 3; k++) {
            double vkp = vectors[k][p];
            double vkq = vectors[k][q];
            vectors[k][p] = c * vkp - s * vkq;
            vectors[k][q] = s * vkp + c * vkq;
        }
    }

    double value(int index) {
        return values[index];
    }

    /** Component {@code row} of eigenvector {@code index}. */
    double vector(int index, int row) {
        return vectors[row][index];
    }
}
