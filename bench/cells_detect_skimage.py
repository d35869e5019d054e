#!/usr/bin/python3
"""The classical nucleus detector's steps in scikit-image 0.19 / scipy, with the same parameters
as ClassicalNucleusDetector (standard stain vectors), timed over images decoded beforehand, one
image per task on a pool of worker processes; wall time per round and the CPU time the workers
spent detecting (time.process_time around each image). Same steps as the Java detector, measurements
included: rgb2hed, gaussian, grey_opening background, threshold_otsu, remove_small_holes,
distance_transform_edt, gaussian, peak_local_max per component, watershed, then per nucleus
regionprops (area, centroid, perimeter, solidity, axes), stain statistics, GLCM contrast of the
quantised haematoxylin inside the nucleus, and the outline (find_contours).

Usage: cells_detect_skimage.py MPP WORKERS ROUNDS IMAGE...
"""
import multiprocessing
import sys
import time

import numpy as np
from PIL import Image
from scipy import ndimage as ndi
from skimage.color import rgb2hed
from skimage.feature import graycomatrix, peak_local_max
from skimage.filters import gaussian, threshold_otsu
from skimage.measure import find_contours, regionprops
from skimage.morphology import remove_small_holes
from skimage.segmentation import watershed

SIGMA_UM, BACKGROUND_UM, MIN_THRESHOLD, HOLE_UM2, SEED_SIGMA_UM, SEED_DISTANCE_UM = 1.0, 8.0, 0.01, 20.0, 1.0, 3.0
MIN_AREA_UM2, MAX_AREA_UM2 = 10.0, 400.0
LEVELS, RANGE = 32, 0.2
ANGLES = [0, np.pi / 4, np.pi / 2, 3 * np.pi / 4]

IMAGES = []
MPP = 0.32


def detect(rgb, mpp):
    hed = rgb2hed(rgb)
    h = hed[..., 0]
    smoothed = gaussian(h, sigma=SIGMA_UM / mpp, mode="nearest", truncate=4.0)
    radius = int(round(BACKGROUND_UM / mpp))
    signal = smoothed - ndi.grey_opening(smoothed, size=(2 * radius + 1, 2 * radius + 1))
    threshold = max(MIN_THRESHOLD, threshold_otsu(signal))
    foreground = remove_small_holes(signal > threshold, area_threshold=int(round(HOLE_UM2 / mpp ** 2)))
    seed_plane = gaussian(ndi.distance_transform_edt(foreground), sigma=SEED_SIGMA_UM / mpp, mode="nearest",
                          truncate=4.0)
    components, _ = ndi.label(foreground)
    peaks = peak_local_max(seed_plane, min_distance=max(1, int(round(SEED_DISTANCE_UM / mpp))), threshold_abs=0,
                           labels=components, exclude_border=False)
    markers = np.zeros(foreground.shape, dtype=np.int32)
    markers[tuple(peaks.T)] = np.arange(1, len(peaks) + 1)
    labels = watershed(-seed_plane, markers, mask=foreground)
    levels = np.clip((h / RANGE * LEVELS).astype(np.int64), 0, LEVELS - 1) + 1
    nuclei = []
    for region in regionprops(labels):
        if region.area < MIN_AREA_UM2 / mpp ** 2 or region.area > MAX_AREA_UM2 / mpp ** 2:
            continue
        inside = region.image
        box = region.slice
        hv, ev, dv = h[box][inside], hed[..., 1][box][inside], hed[..., 2][box][inside]
        quantised = np.where(inside, levels[box], 0)
        glcm = graycomatrix(quantised, [1], ANGLES, levels=LEVELS + 1, symmetric=True)[1:, 1:, 0, :].astype(float)
        i, j = np.indices((LEVELS, LEVELS))
        sums = glcm.sum(axis=(0, 1))
        contrast = np.mean([(glcm[..., a] * (i - j) ** 2).sum() / sums[a] for a in range(4) if sums[a] > 0] or [0])
        outline = find_contours(np.pad(inside, 1).astype(float), 0.5)
        nuclei.append((region.centroid, region.area * mpp ** 2, region.perimeter * mpp, region.solidity,
                       region.major_axis_length * mpp, region.minor_axis_length * mpp, hv.mean(), hv.max(), hv.std(),
                       ev.mean(), dv.mean(), dv.max(), contrast, len(outline)))
    return len(nuclei)


def work(index):
    start = time.process_time()
    nuclei = detect(IMAGES[index], MPP)
    return nuclei, time.process_time() - start


def main():
    global MPP
    MPP = float(sys.argv[1])
    workers, rounds = int(sys.argv[2]), int(sys.argv[3])
    for path in sys.argv[4:]:
        IMAGES.append(np.asarray(Image.open(path).convert("RGB")))
    mm2 = sum(im.shape[0] * im.shape[1] for im in IMAGES) * MPP ** 2 / 1e6
    times = []
    cpu_times = []
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        for r in range(rounds):
            start = time.perf_counter()
            results = pool.map(work, range(len(IMAGES)), chunksize=1)
            times.append(time.perf_counter() - start)
            nuclei = sum(n for n, _ in results)
            cpu_times.append(sum(c for _, c in results))
            print(f"skimage round {r}: {times[-1]:.3f} s, cpu {cpu_times[-1]:.3f} s, {nuclei} nuclei", flush=True)
    median = sorted(times)[len(times) // 2]
    cpu = sorted(cpu_times)[len(cpu_times) // 2]
    print(f"skimage median {median:.3f} s images {len(IMAGES)} nuclei {nuclei} mm2 {mm2:.4f} "
          f"nuclei_per_s {nuclei / median:.1f} mm2_per_s {mm2 / median:.4f} cpu_s {cpu:.3f}")


if __name__ == "__main__":
    main()
