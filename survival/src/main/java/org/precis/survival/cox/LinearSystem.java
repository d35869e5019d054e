package org.precis.survival.cox;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * R's {@code solve()} for the small dense systems of cox.zph: LU with partial pivoting (LAPACK's
 * dgesv in R). Unlike the fit's generalised {@link Cholesky}, a singular matrix is an error here,
 * as it is in R.
 */
final class LinearSystem {
  private LinearSystem() {}

  static double[] solve(double[][] a, double[] b) {
    try {
      return solver(a).solve(new ArrayRealVector(b, false)).toArray();
    } catch (SingularMatrixException e) {
      throw new IllegalArgumentException("singular " + a.length + " x " + a.length + " matrix; R's solve() fails"
          + " here too (a covariate or its time interaction is collinear with the others)", e);
    }
  }

  static double[][] inverse(double[][] a) {
    try {
      return solver(a).getInverse().getData();
    } catch (SingularMatrixException e) {
      throw new IllegalArgumentException("singular " + a.length + " x " + a.length + " matrix; R's solve() fails"
          + " here too", e);
    }
  }

  private static DecompositionSolver solver(double[][] a) {
    return new LUDecomposition(new Array2DRowRealMatrix(a, true)).getSolver();
  }
}
