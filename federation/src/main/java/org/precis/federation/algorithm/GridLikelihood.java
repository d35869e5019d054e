package org.precis.federation.algorithm;

import org.precis.survival.cox.CoxLikelihood;
import org.precis.survival.cox.Ties;

/**
 * The Cox likelihood with one baseline hazard for all sites, on a shared time grid: each site
 * coarsens its times ({@link TimeGrid}) and sends, per grid point k = 1..points, the risk-set sums
 * S0 = sum r, S1 = sum r z, S2 = sum r z z' over rows still at risk at k, and over the rows with
 * an event at k their count d, D0, D1, D2 (what Efron's approximation subtracts in fractions of
 * 1/d), r = exp(beta'z); then the sum of the deaths' beta'z and z. The coordinator forms the
 * log-likelihood, score and information of the pooled coarsened rows from the summed vectors,
 * the same sums the survival module's sweep adds up.
 */
record GridLikelihood(TimeGrid grid, Ties ties) implements CoxLikelihoodRound {

    @Override
    public SiteRows prepare(SiteRows rows) {
        double[] time = new double[rows.size()];
        boolean[] event = new boolean[rows.size()];
        for (int i = 0; i < time.length; i++) {
            time[i] = grid.coarsen(rows.time()[i]);
            event[i] = rows.event()[i] && grid.keepsEvent(rows.time()[i]);
        }
        return new SiteRows(time, event, rows.x(), rows.dropped());
    }

    private static int perPoint(int p) {
        return 3 + 2 * p + 2 * p * p;
    }

    @Override
    public int vectorLength(int p) {
        return grid.points() * perPoint(p) + 1 + p;
    }

    @Override
    public double[] compute(SiteRows rows, double[][] z, double[] beta) {
        int p = beta.length;
        int per = perPoint(p);
        int k = grid.points();
        double[] out = new double[vectorLength(p)];
        // first each row's risk into its own grid point, then cumulated from the last point down
        double[] ownPoint = new double[k * (1 + p + p * p)];
        int block = 1 + p + p * p;
        double etaDeaths = 0;
        double[] zDeaths = new double[p];
        for (int i = 0; i < z.length; i++) {
            double eta = 0;
            for (int j = 0; j < p; j++) {
                eta += beta[j] * z[i][j];
            }
            double risk = Math.exp(eta);
            int point = (int) Math.round(rows.time()[i] / grid.step()) - 1;
            add(ownPoint, point * block, risk, z[i]);
            if (rows.event()[i]) {
                int at = point * per + 1 + p + p * p;
                out[at] += 1;
                add(out, at + 1, risk, z[i]);
                etaDeaths += eta;
                for (int j = 0; j < p; j++) {
                    zDeaths[j] += z[i][j];
                }
            }
        }
        double[] running = new double[block];
        for (int point = k - 1; point >= 0; point--) {
            for (int j = 0; j < block; j++) {
                running[j] += ownPoint[point * block + j];
            }
            System.arraycopy(running, 0, out, point * per, block);
        }
        out[k * per] = etaDeaths;
        System.arraycopy(zDeaths, 0, out, k * per + 1, p);
        return out;
    }

    /** Adds r, r z and r z z' at {@code at}. */
    private static void add(double[] sums, int at, double risk, double[] z) {
        int p = z.length;
        sums[at] += risk;
        for (int j = 0; j < p; j++) {
            double rz = risk * z[j];
            sums[at + 1 + j] += rz;
            for (int l = 0; l < p; l++) {
                sums[at + 1 + p + j * p + l] += rz * z[l];
            }
        }
    }

    @Override
    public CoxLikelihood.Value combine(double[] sum, int p) {
        int per = perPoint(p);
        int k = grid.points();
        double loglik = sum[k * per];
        double[] u = new double[p];
        System.arraycopy(sum, k * per + 1, u, 0, p);
        double[][] info = new double[p][p];
        double[] mean = new double[p];
        for (int point = 0; point < k; point++) {
            int at = point * per;
            int deathsAt = at + 1 + p + p * p;
            double d = sum[deathsAt];
            if (d == 0) {
                continue;
            }
            // Breslow takes the whole risk set d times; Efron removes the deaths in steps of 1/d
            int steps = ties == Ties.BRESLOW ? 1 : (int) Math.round(d);
            double weight = ties == Ties.BRESLOW ? d : 1;
            for (int r = 0; r < steps; r++) {
                double f = ties == Ties.BRESLOW ? 0 : r / d;
                double denom = sum[at] - f * sum[deathsAt + 1];
                loglik -= weight * Math.log(denom);
                for (int j = 0; j < p; j++) {
                    mean[j] = (sum[at + 1 + j] - f * sum[deathsAt + 2 + j]) / denom;
                    u[j] -= weight * mean[j];
                }
                for (int j = 0; j < p; j++) {
                    for (int l = 0; l < p; l++) {
                        double c = (sum[at + 1 + p + j * p + l] - f * sum[deathsAt + 2 + p + j * p + l]) / denom;
                        info[j][l] += weight * (c - mean[j] * mean[l]);
                    }
                }
            }
        }
        return new CoxLikelihood.Value(loglik, u, info);
    }
}
