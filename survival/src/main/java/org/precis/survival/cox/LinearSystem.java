package org.precis.survival.cox;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * R's {@code solve()} for the small dense systems of cox.zph: LU with partial pivoting (LAPACK's
 * dgesv in R), refusing a matrix whose reciprocal condition number is below machine epsilon, R's
 * default {@code tol}. R estimates it in the 1-norm; these matrices are symmetric, where that
 * equals the row-sum norm used here. The test is relative, so a covariate in small units is not
 * taken for a singular one (as an absolute pivot threshold would). Unlike the fit's generalised
 * {@link Cholesky}, a singular matrix is an error here, as it is in R.
 */
final class LinearSystem {
    private static final double TOL = Math.ulp(1.0);

    private LinearSystem() {}

    static double[] solve(double[][] a, double[] b) {
        return solver(a).solve(new ArrayRealVector(b, false)).toArray();
    }

    static double[][] inverse(double[][] a) {
        return solver(a).getInverse().getData();
    }

    private static DecompositionSolver solver(double[][] a) {
        RealMatrix m = new Array2DRowRealMatrix(a, true);
        try {
            DecompositionSolver solver = new LUDecomposition(m, 0.0).getSolver();
            // the matrices are at most 2p x 2p, so the exact condition number is cheap
            double rcond = 1 / (m.getNorm() * solver.getInverse().getNorm());
            if (!(rcond >= TOL)) {
                throw new SingularMatrixException();
            }
            return solver;
        } catch (SingularMatrixException e) {
            throw new IllegalArgumentException(
                    "singular " + a.length + " x " + a.length + " matrix (reciprocal"
                            + " condition number below machine epsilon); R's solve() fails here too: a covariate or its time"
                            + " interaction is collinear with the others",
                    e);
        }
    }
}
