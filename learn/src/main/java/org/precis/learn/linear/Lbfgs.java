package org.precis.learn.linear;

/**
 * Limited-memory BFGS (Nocedal and Wright, algorithm 7.5) with a backtracking line search on the
 * Armijo condition; curvature pairs that would break positive definiteness are skipped. Stops
 * when the gradient's largest component falls below {@code tolerance} times max(1, |f|).
 */
final class Lbfgs {

    private final int memory;
    private final int maxIterations;
    private final double tolerance;

    Lbfgs(int memory, int maxIterations, double tolerance) {
        if (memory < 1 || maxIterations < 1 || !(tolerance > 0)) {
            throw new IllegalArgumentException("memory and iterations must be positive, tolerance > 0");
        }
        this.memory = memory;
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
    }

    /** Where the minimum was found and after how many iterations. */
    record Result(double[] point, double value, int iterations, boolean converged) {}

    Result minimise(Objective objective, double[] start) {
        int n = start.length;
        double[] x = start.clone();
        double[] g = new double[n];
        double f = objective.valueAndGradient(x, g);
        double[][] s = new double[memory][];
        double[][] y = new double[memory][];
        double[] rho = new double[memory];
        int stored = 0;
        int newest = -1;
        double[] alpha = new double[memory];
        double[] direction = new double[n];
        double[] xNew = new double[n];
        double[] gNew = new double[n];
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            if (maxAbs(g) <= tolerance * Math.max(1, Math.abs(f))) {
                return new Result(x, f, iteration, true);
            }
            // Two-loop recursion: direction = -H g.
            System.arraycopy(g, 0, direction, 0, n);
            for (int k = 0; k < stored; k++) {
                int i = Math.floorMod(newest - k, memory);
                alpha[i] = rho[i] * dot(s[i], direction);
                axpy(-alpha[i], y[i], direction);
            }
            double gamma =
                    stored > 0 ? dot(s[newest], y[newest]) / dot(y[newest], y[newest]) : 1 / Math.max(1, norm(g));
            for (int j = 0; j < n; j++) {
                direction[j] *= gamma;
            }
            for (int k = stored - 1; k >= 0; k--) {
                int i = Math.floorMod(newest - k, memory);
                double beta = rho[i] * dot(y[i], direction);
                axpy(alpha[i] - beta, s[i], direction);
            }
            for (int j = 0; j < n; j++) {
                direction[j] = -direction[j];
            }
            double slope = dot(g, direction);
            if (slope >= 0) {
                // Not a descent direction (numerical trouble): restart from steepest descent.
                stored = 0;
                for (int j = 0; j < n; j++) {
                    direction[j] = -g[j] / Math.max(1, norm(g));
                }
                slope = dot(g, direction);
            }
            double step = 1;
            double fNew;
            int halvings = 0;
            while (true) {
                for (int j = 0; j < n; j++) {
                    xNew[j] = x[j] + step * direction[j];
                }
                fNew = objective.valueAndGradient(xNew, gNew);
                if (fNew <= f + 1e-4 * step * slope || halvings++ > 50) {
                    break;
                }
                step *= 0.5;
            }
            if (!(fNew <= f)) {
                return new Result(x, f, iteration, false);
            }
            double[] sNew = new double[n];
            double[] yNew = new double[n];
            for (int j = 0; j < n; j++) {
                sNew[j] = xNew[j] - x[j];
                yNew[j] = gNew[j] - g[j];
            }
            double sy = dot(sNew, yNew);
            if (sy > 1e-12 * dot(yNew, yNew)) {
                newest = (newest + 1) % memory;
                s[newest] = sNew;
                y[newest] = yNew;
                rho[newest] = 1 / sy;
                stored = Math.min(stored + 1, memory);
            }
            boolean stalled = Math.abs(f - fNew) <= 1e-15 * Math.max(1, Math.abs(f));
            System.arraycopy(xNew, 0, x, 0, n);
            System.arraycopy(gNew, 0, g, 0, n);
            f = fNew;
            if (stalled) {
                return new Result(x, f, iteration + 1, maxAbs(g) <= tolerance * Math.max(1, Math.abs(f)));
            }
        }
        return new Result(x, f, maxIterations, maxAbs(g) <= tolerance * Math.max(1, Math.abs(f)));
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += a * x[i];
        }
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    private static double maxAbs(double[] a) {
        double max = 0;
        for (double value : a) {
            max = Math.max(max, Math.abs(value));
        }
        return max;
    }
}
