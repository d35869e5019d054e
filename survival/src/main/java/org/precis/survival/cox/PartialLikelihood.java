package org.precis.survival.cox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The Cox partial log-likelihood, its score and information at a given beta, by one sweep per
 * stratum from the last event time backwards, adding rows as they enter the risk set and removing
 * counting-process rows whose start lies at or after the event time. The sums follow R's
 * coxfit6/agfit4 term by term, Efron's tied deaths entering in fractions of 1/d.
 */
final class PartialLikelihood {
  private final double[][] z;
  private final double[] w;
  private final double[] start;
  private final double[] stop;
  private final boolean[] event;
  private final int[][] byStop;
  private final int[][] byStart;
  private final Ties ties;
  private final int p;

  /** Value, score and (lower-triangle filled, then symmetric) information at one beta. */
  record Evaluation(double loglik, double[] score, double[][] information) {}

  PartialLikelihood(double[][] z, double[] w, double[] start, double[] stop, boolean[] event, int[] strata,
      Ties ties) {
    this.z = z;
    this.w = w;
    this.start = start;
    this.stop = stop;
    this.event = event;
    this.ties = ties;
    this.p = z.length == 0 ? 0 : z[0].length;
    int nStrata = Arrays.stream(strata).max().orElse(0) + 1;
    List<List<Integer>> members = new ArrayList<>();
    for (int s = 0; s < nStrata; s++) {
      members.add(new ArrayList<>());
    }
    for (int i = 0; i < strata.length; i++) {
      members.get(strata[i]).add(i);
    }
    byStop = new int[nStrata][];
    byStart = new int[nStrata][];
    for (int s = 0; s < nStrata; s++) {
      int[] m = members.get(s).stream().mapToInt(Integer::intValue).toArray();
      byStop[s] = sortDescending(m, stop);
      byStart[s] = sortDescending(m, start);
    }
  }

  private static int[] sortDescending(int[] rows, double[] key) {
    return IntStream.of(rows).boxed()
        .sorted(Comparator.comparingDouble((Integer i) -> key[i]).reversed().thenComparing(i -> i))
        .mapToInt(Integer::intValue).toArray();
  }

  Evaluation evaluate(double[] beta) {
    int n = z.length;
    double[] eta = new double[n];
    for (int i = 0; i < n; i++) {
      double s = 0;
      for (int k = 0; k < p; k++) {
        s += beta[k] * z[i][k];
      }
      eta[i] = s;
    }
    double loglik = 0;
    double[] u = new double[p];
    double[][] imat = new double[p][p];
    double[] a = new double[p];
    double[] a2 = new double[p];
    double[][] cmat = new double[p][p];
    double[][] cmat2 = new double[p][p];
    byte[] state = new byte[n]; // 0 not yet at risk, 1 at risk, 2 left the risk set
    for (int s = 0; s < byStop.length; s++) {
      int[] ord = byStop[s];
      int[] ords = byStart[s];
      double denom = 0;
      int nrisk = 0;
      Arrays.fill(a, 0);
      for (double[] row : cmat) {
        Arrays.fill(row, 0);
      }
      int iStop = 0;
      int iStart = 0;
      while (true) {
        int k = iStop;
        while (k < ord.length && !event[ord[k]]) {
          k++;
        }
        if (k == ord.length) {
          break;
        }
        double dtime = stop[ord[k]];
        for (; iStart < ords.length && start[ords[iStart]] >= dtime; iStart++) {
          int j = ords[iStart];
          if (state[j] == 1) {
            nrisk--;
            if (nrisk == 0) {
              // everyone left: restart the sums from zero rather than carry rounding error
              denom = 0;
              Arrays.fill(a, 0);
              for (double[] row : cmat) {
                Arrays.fill(row, 0);
              }
            } else {
              double risk = Math.exp(eta[j]) * w[j];
              denom -= risk;
              for (int i1 = 0; i1 < p; i1++) {
                a[i1] -= risk * z[j][i1];
                for (int j1 = 0; j1 <= i1; j1++) {
                  cmat[i1][j1] -= risk * z[j][i1] * z[j][j1];
                }
              }
            }
          }
          state[j] = 2;
        }
        double denom2 = 0;
        double meanwt = 0;
        int deaths = 0;
        Arrays.fill(a2, 0);
        for (double[] row : cmat2) {
          Arrays.fill(row, 0);
        }
        for (; iStop < ord.length && stop[ord[iStop]] >= dtime; iStop++) {
          int j = ord[iStop];
          if (state[j] == 2) {
            continue;
          }
          state[j] = 1;
          nrisk++;
          double risk = Math.exp(eta[j]) * w[j];
          if (event[j]) {
            deaths++;
            denom2 += risk;
            meanwt += w[j];
            loglik += w[j] * eta[j];
            for (int i1 = 0; i1 < p; i1++) {
              u[i1] += w[j] * z[j][i1];
              a2[i1] += risk * z[j][i1];
              for (int j1 = 0; j1 <= i1; j1++) {
                cmat2[i1][j1] += risk * z[j][i1] * z[j][j1];
              }
            }
          } else {
            denom += risk;
            for (int i1 = 0; i1 < p; i1++) {
              a[i1] += risk * z[j][i1];
              for (int j1 = 0; j1 <= i1; j1++) {
                cmat[i1][j1] += risk * z[j][i1] * z[j][j1];
              }
            }
          }
        }
        if (ties == Ties.BRESLOW || deaths == 1) {
          denom += denom2;
          loglik -= meanwt * Math.log(denom);
          for (int i1 = 0; i1 < p; i1++) {
            a[i1] += a2[i1];
            double mean = a[i1] / denom;
            u[i1] -= meanwt * mean;
            for (int j1 = 0; j1 <= i1; j1++) {
              cmat[i1][j1] += cmat2[i1][j1];
              imat[i1][j1] += meanwt * (cmat[i1][j1] - mean * a[j1]) / denom;
            }
          }
        } else {
          double wtave = meanwt / deaths;
          for (int d = 0; d < deaths; d++) {
            denom += denom2 / deaths;
            loglik -= wtave * Math.log(denom);
            for (int i1 = 0; i1 < p; i1++) {
              a[i1] += a2[i1] / deaths;
              double mean = a[i1] / denom;
              u[i1] -= wtave * mean;
              for (int j1 = 0; j1 <= i1; j1++) {
                cmat[i1][j1] += cmat2[i1][j1] / deaths;
                imat[i1][j1] += wtave * (cmat[i1][j1] - mean * a[j1]) / denom;
              }
            }
          }
        }
      }
    }
    for (int i1 = 0; i1 < p; i1++) {
      for (int j1 = 0; j1 < i1; j1++) {
        imat[j1][i1] = imat[i1][j1];
      }
    }
    return new Evaluation(loglik, u, imat);
  }
}
