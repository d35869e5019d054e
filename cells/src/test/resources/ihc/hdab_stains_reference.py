#!/usr/bin/env python3
"""Reference haematoxylin and DAB vectors of an image, by numpy, for HdabStainEstimatorTest.

The same steps as org.precis.cells.ihc.HdabStainEstimator, written independently with numpy:
white = 99th percentile of each channel (lower-nearest rank), decimal OD against it, stained
pixels (total OD >= 0.3, every channel <= 2.0) among every step-th pixel (step = pixels // 500000,
at most 500001 of them), the plane of the two largest eigenvectors of their covariance, and the
directions at the 1st and 99th percentile (numpy linear) of the angle in that plane.

Usage (the pixels as Precis decodes them):
  ./precis slide region ../shared/samples/wsi/OS-2-ndpi.ome.tif --level 0 --x 0 --y 0 \
      --width 2202 --height 2202 -o /tmp/os2.png
  python3 hdab_stains_reference.py /tmp/os2.png > os2_hdab_stains.json
"""
import json
import sys

import numpy as np
from PIL import Image

H_STD = np.array([0.65, 0.70, 0.29])


def unit(v):
    v = np.asarray(v, dtype=float)
    v = v / np.linalg.norm(v)
    return v if v.sum() >= 0 else -v


def main(path):
    img = np.asarray(Image.open(path).convert("RGB")).reshape(-1, 3)
    n = img.shape[0]
    white = []
    for c in range(3):
        values = np.sort(img[:, c])
        rank = int(np.ceil(n * 99 / 100))
        white.append(max(1, int(values[rank - 1])))
    white = np.array(white, dtype=float)
    od = np.maximum(np.log10(white / np.maximum(img.astype(float), 1)), 0)
    step = max(1, n // 500000)
    sample = od[::step]
    keep = (sample.sum(1) >= 0.3) & (sample.max(1) <= 2.0)
    stained = sample[keep][:500001]
    cov = np.cov(stained.T, bias=True)
    w, v = np.linalg.eigh(cov)
    u1 = unit(v[:, 2])
    u2 = unit(v[:, 1])
    angles = np.arctan2(stained @ u2, stained @ u1)
    lo, hi = np.percentile(angles, [1, 99])
    a = unit(u1 * np.cos(lo) + u2 * np.sin(lo))
    b = unit(u1 * np.cos(hi) + u2 * np.sin(hi))
    if np.degrees(np.arccos(min(1, a @ unit(H_STD)))) > np.degrees(np.arccos(min(1, b @ unit(H_STD)))):
        a, b = b, a
    print(json.dumps({"white": white.tolist(), "haematoxylin": a.tolist(), "dab": b.tolist(),
                      "stained_pixels": int(stained.shape[0])}, indent=1))


if __name__ == "__main__":
    main(sys.argv[1])
