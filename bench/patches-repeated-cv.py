#!/usr/bin/python3
"""Repeated stratified 5-fold CV accuracy of an L2 multinomial logistic regression on the mean
vectors of `precis embed --patches` sets: a check, outside the tool, that a recipe's gain is not
the luck of one fold split (nested CV in `patches ablation` uses one split, seed 20250101).

Usage: bench/patches-repeated-cv.py SET_DIR... [--repeats 10] [--l2 0.003,0.03]
Needs Debian python3-h5py, python3-numpy, python3-scipy (/usr/bin/python3). Features are
standardised on the training folds; the objective is mean log loss + λ/2 ||W||² (as in learn).
"""
import argparse
import h5py
import numpy as np
from scipy.optimize import minimize


def folds(labels, k, seed):
    rng = np.random.default_rng(seed)
    assignment = np.empty(len(labels), int)
    for c in np.unique(labels):
        idx = np.flatnonzero(labels == c)
        rng.shuffle(idx)
        assignment[idx] = np.arange(len(idx)) % k
    return assignment


def softmax(scores):
    scores = scores - scores.max(1, keepdims=True)
    p = np.exp(scores)
    return p / p.sum(1, keepdims=True)


def fit(x, y, classes, lam):
    mean, sd = x.mean(0), x.std(0)
    sd[sd < 1e-12] = 1
    z = (x - mean) / sd
    onehot = np.eye(classes)[y]
    d = z.shape[1]

    def objective(w):
        weights, intercepts = w[:classes * d].reshape(classes, d), w[classes * d:]
        p = softmax(z @ weights.T + intercepts)
        loss = -np.sum(onehot * np.log(p + 1e-300)) / len(y) + 0.5 * lam * np.sum(weights ** 2)
        g = (p - onehot) / len(y)
        return loss, np.concatenate([(g.T @ z + lam * weights).ravel(), g.sum(0)])

    w = minimize(objective, np.zeros(classes * d + classes), jac=True, method="L-BFGS-B",
                 options={"maxiter": 2000}).x
    weights, intercepts = w[:classes * d].reshape(classes, d), w[classes * d:]
    return lambda xs: softmax(((xs - mean) / sd) @ weights.T + intercepts)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("sets", nargs="+")
    parser.add_argument("--repeats", type=int, default=10)
    parser.add_argument("--l2", default="0.003,0.03")
    args = parser.parse_args()
    lambdas = [float(v) for v in args.l2.split(",")]
    for path in args.sets:
        with h5py.File(f"{path}/patches.h5", "r") as f:
            x = f["features"][:].astype(np.float64)
            y = f["class_index"][:]
        classes = int(y.max()) + 1
        for lam in lambdas:
            accuracies = []
            for seed in range(args.repeats):
                assignment = folds(y, 5, 1000 + seed)
                correct = 0
                for k in range(5):
                    model = fit(x[assignment != k], y[assignment != k], classes, lam)
                    correct += np.sum(model(x[assignment == k]).argmax(1) == y[assignment == k])
                accuracies.append(correct / len(y))
            print(f"{path}\tλ={lam}\tmean accuracy {np.mean(accuracies):.4f}\t"
                  f"min {np.min(accuracies):.4f}\tmax {np.max(accuracies):.4f}\t({args.repeats} x 5-fold)",
                  flush=True)


if __name__ == "__main__":
    main()
