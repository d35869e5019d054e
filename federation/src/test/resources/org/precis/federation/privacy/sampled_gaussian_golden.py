#!/usr/bin/env python3
"""Golden Renyi divergences of the sampled Gaussian mechanism, by 30-digit numerical integration.

For mu0 = N(0, sigma^2) and mu = (1 - q) N(0, sigma^2) + q N(1, sigma^2) this computes, at each
(q, sigma, alpha) below,

  D_alpha(mu || mu0) = log( int mu0 (mu/mu0)^alpha ) / (alpha - 1)          ("forward", A_alpha)
  D_alpha(mu0 || mu) = log( int mu0 (mu/mu0)^(1 - alpha) ) / (alpha - 1)    ("backward", B_alpha)

(the second because mu (mu0/mu)^alpha = mu0 (mu/mu0)^(1-alpha)). The RDP of the Poisson-subsampled
Gaussian under add/remove-one neighbours is the larger of the two (Mironov, Talwar, Zhang 2019,
"Renyi Differential Privacy of the Sampled Gaussian Mechanism", Sec. 3). Nothing here uses the
series the Java code sums: only the densities and mpmath.quad (Gauss-Legendre). Each integral is taken
twice, over two different sets of break points (outside them the integrand is below e^-80 resp.
e^-100 of its peak, and it decays like a Gaussian beyond the grid), and the script fails unless
the two agree to 1e-24 relative; the JSON records that agreement per row.

Run:  python3 sampled_gaussian_golden.py   (about 2 minutes; writes sampled_gaussian_golden.json)
"""
import json
import math
import os

import mpmath as mp

mp.mp.dps = 30

TRIPLES = [
    # (q, sigma, alpha)
    (0.1, 2.0, 5.0),
    (0.01, 2.5, 1.5),
    (0.01, 2.5, 2.5),
    (0.01, 2.5, 50.0),
    (0.01, 2.5, 100.0),
    (1e-5, 0.3, 256.0),
    (1e-5, 50.0, 1.1),
    (1e-5, 1.0, 27.0),
    (1e-4, 1.0, 1.5),
    (1e-3, 1.0, 2.0),
    (0.01, 10.0, 20.0),
    (0.1, 50.0, 20.5),
    (0.5, 1.0, 3.7),
    (0.5, 50.0, 1.1),
    (0.99, 0.3, 256.0),
    (0.999, 50.0, 255.5),
    (0.04, 1.5, 10.9),
    (0.2, 0.8, 7.3),
    (1e-3, 0.5, 63.0),
    (0.3, 5.0, 1.01),
    (0.8, 2.0, 12.25),
    (1.0, 1.3, 4.5),
]


def log_integrand(z, q, sigma, power):
    """ln of mu0(z) (mu(z)/mu0(z))^power in double precision, only to place break points."""
    tilted = math.log(q) + (2 * z - 1) / (2 * sigma ** 2)
    log_ratio = tilted if q == 1 else max(tilted, math.log1p(-q)) + math.log1p(
        math.exp(-abs(tilted - math.log1p(-q))))
    return -z * z / (2 * sigma ** 2) + power * log_ratio


def break_points(q, sigma, alpha, power, cutoff, units):
    """Break points over the region where the integrand is within e^-cutoff of its peak.

    Both integrands peak in [1 - alpha, alpha] (where d/dz ln f = 0), so a fine grid over that range,
    widened by 40 sigma, finds the peak; break points then follow every `units` change of ln f (and
    at most sigma apart), so that each piece is smooth and varies little for tanh-sinh.
    """
    low, high = 1 - alpha - 40 * sigma, alpha + 40 * sigma
    step = min(sigma / 10, sigma ** 2 / (2 * alpha))
    n = int((high - low) / step) + 1
    grid = [low + k * (high - low) / n for k in range(n + 1)]
    values = [log_integrand(z, q, sigma, power) for z in grid]
    peak = max(values)
    kept = [k for k, v in enumerate(values) if v > peak - cutoff]
    first, last = max(kept[0] - 1, 0), min(kept[-1] + 1, n)
    points = [grid[first]]
    anchor = values[first]
    for k in range(first + 1, last + 1):
        if abs(values[k] - anchor) >= units or grid[k] - points[-1] >= sigma or k == last:
            points.append(grid[k])
            anchor = values[k]
    return [mp.mpf(p) for p in points]


def integral(q, sigma, power, points):
    def integrand(z):
        ratio = (1 - q) + q * mp.exp((2 * z - 1) / (2 * sigma ** 2))
        return mp.npdf(z, 0, sigma) * ratio ** power

    return mp.quad(integrand, points, method="gauss-legendre")


def divergence(q, sigma, alpha, power):
    exponent = power(alpha)
    first = integral(mp.mpf(q), mp.mpf(sigma), exponent, break_points(q, sigma, alpha, exponent, 80, 4))
    second = integral(mp.mpf(q), mp.mpf(sigma), exponent, break_points(q, sigma, alpha, exponent, 100, 8))
    disagreement = abs(first - second) / abs(first)
    if disagreement > mp.mpf("1e-24"):
        raise SystemExit(f"quadrature disagrees at q={q} sigma={sigma} alpha={alpha}: {disagreement}")
    return mp.log(first) / (mp.mpf(alpha) - 1), disagreement


def main():
    rows = []
    for q, sigma, alpha in TRIPLES:
        forward, d1 = divergence(q, sigma, alpha, lambda a: a)
        backward, d2 = divergence(q, sigma, alpha, lambda a: 1 - a)
        rows.append(
            {
                "q": q,
                "sigma": sigma,
                "order": alpha,
                "forward": float(forward),
                "backward": float(backward),
                "rdp": float(max(forward, backward)),
                "quadratureDisagreement": float(max(d1, d2)),
            }
        )
        print(q, sigma, alpha, mp.nstr(forward, 20), mp.nstr(backward, 20), mp.nstr(max(d1, d2), 3))
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sampled_gaussian_golden.json")
    with open(out, "w") as f:
        json.dump({"generator": "sampled_gaussian_golden.py", "precisionDigits": 30, "rows": rows}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
