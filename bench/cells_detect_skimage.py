#!/usr/bin/python3
"""The classical nucleus detector's steps in scikit-image 0.19 / scipy, with the same parameters
as ClassicalNucleusDetector (standard stain vectors), timed over images decoded beforehand, one
image per task on a pool of worker processes; wall time per round and the CPU time the workers
spent detecting (time.process_time around each image). Same steps as the Java detector, measurements
included: rgb2hed, gaussian, grey_opening background, threshold_otsu, remove_small_holes,
distance_transform_edt, gaussian, peak_local_max per component, watershed, then per nucleus
regionprops (area, centroid, perimeter, solidity, axes), stain statistics, GLCM contrast of the
quantised haematoxylin inside the nucleus, and the outline (find_contours).

Whole-slide mode (bench/cells-mosaic.sh): the tiles a `precis cells detect --json` run used (its
region, tile size and overlap, read from its summary), read at level 0 with OpenSlide in WORKERS
worker processes, each tile detected with that run's calibrated stain vectors and haematoxylin
threshold (Precis fixes both once per slide so that nuclei do not depend on the tiling), and a
nucleus kept by the tile whose core holds its centroid, unless it reaches further from its centroid
than the detector's largest nucleus radius (as Precis's TilePlacement). Writes the kept centroids
(level-0 px) to CENTROIDS.csv and prints one summary line with the CPU time spent reading and
detecting.

Usage: cells_detect_skimage.py MPP WORKERS ROUNDS IMAGE...
       cells_detect_skimage.py --slide SLIDE SUMMARY.json WORKERS CENTROIDS.csv
"""
import json
import multiprocessing
import sys
import time

import numpy as np
from PIL import Image
from scipy import ndimage as ndi
from skimage.color import rgb2hed, separate_stains
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


def detect(rgb, mpp, rgb_from_stains=None, threshold=None):
    """The nuclei of an RGB image as (region, measurements) pairs; the standard stain vectors and
    Otsu's threshold unless the stain rows (haematoxylin, eosin, DAB) and the threshold are given."""
    hed = rgb2hed(rgb) if rgb_from_stains is None else separate_stains(rgb, np.linalg.inv(rgb_from_stains))
    h = hed[..., 0]
    smoothed = gaussian(h, sigma=SIGMA_UM / mpp, mode="nearest", truncate=4.0)
    radius = int(round(BACKGROUND_UM / mpp))
    signal = smoothed - ndi.grey_opening(smoothed, size=(2 * radius + 1, 2 * radius + 1))
    if threshold is None:
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
        nuclei.append((region, (region.centroid, region.area * mpp ** 2, region.perimeter * mpp, region.solidity,
                       region.major_axis_length * mpp, region.minor_axis_length * mpp, hv.mean(), hv.max(), hv.std(),
                       ev.mean(), dv.mean(), dv.max(), contrast, len(outline))))
    return nuclei


def work(index):
    start = time.process_time()
    nuclei = len(detect(IMAGES[index], MPP))
    return nuclei, time.process_time() - start


def grid_tiles(width, height, tile, overlap):
    """Precis's DetectionGrid: (x, y, w, h, core x0, y0, x1, y1) row by row, region pixels."""
    half = overlap // 2
    tiles = []
    for row in range((height + tile - 1) // tile):
        cy0, cy1 = row * tile, min(height, (row + 1) * tile)
        y0, y1 = max(0, cy0 - half), min(height, cy1 + half)
        for column in range((width + tile - 1) // tile):
            cx0, cx1 = column * tile, min(width, (column + 1) * tile)
            x0, x1 = max(0, cx0 - half), min(width, cx1 + half)
            tiles.append((x0, y0, x1 - x0, y1 - y0, cx0, cy0, cx1, cy1))
    return tiles


SLIDE = {}


def open_slide(path, run):
    import openslide
    SLIDE["slide"] = openslide.OpenSlide(path)
    SLIDE["run"] = run


def work_tile(tile):
    """Reads and detects one tile; the nuclei it keeps as level-0 centroids, and the oversized ones it drops."""
    start = time.process_time()
    run = SLIDE["run"]
    x, y, w, h, cx0, cy0, cx1, cy1 = tile
    rgba = SLIDE["slide"].read_region((run["x"] + x, run["y"] + y), 0, (w, h))
    rgb = np.asarray(rgba.convert("RGB"))
    kept, oversized = [], 0
    for region, _ in detect(rgb, run["mpp"], run["stains"], run["threshold"]):
        rows, cols = region.coords[:, 0], region.coords[:, 1]
        # centroid in continuous coordinates (pixel (i, j) covers [i, i+1) x [j, j+1)), as Precis
        cy, cx = rows.mean() + 0.5, cols.mean() + 0.5
        if not (cx0 <= x + cx < cx1 and cy0 <= y + cy < cy1):
            continue
        # farthest pixel corner from the centroid: the farthest vertex of the pixel-edge outline
        dx = np.maximum(np.abs(cols - cx), np.abs(cols + 1 - cx))
        dy = np.maximum(np.abs(rows - cy), np.abs(rows + 1 - cy))
        if np.sqrt(dx * dx + dy * dy).max() > run["max_reach_px"]:
            oversized += 1
            continue
        kept.append((run["x"] + x + cx, run["y"] + y + cy))
    return kept, oversized, time.process_time() - start


def slide_main(path, summary_path, workers, centroids_path):
    summary = json.load(open(summary_path))
    p = summary["provenance"]
    if p["downsample"] != 1:
        raise SystemExit(f"{summary_path}: downsample {p['downsample']}; the whole-slide mode reads level 0 only")
    parameters = p["detector_parameters"]
    region = p["region"]
    run = {"x": region["x"], "y": region["y"], "mpp": p["mpp"],
           "stains": None if parameters["givenStains"] is None else np.array(parameters["givenStains"]),
           "threshold": None if parameters["givenThresholds"] is None else parameters["givenThresholds"][0],
           "max_reach_px": p["max_nucleus_radius_um"] / p["mpp"]}
    tiles = grid_tiles(region["width"], region["height"], p["tile_size_px"], p["overlap_px"])
    start = time.perf_counter()
    kept, oversized, cpu = [], 0, 0.0
    with multiprocessing.get_context("fork").Pool(workers, initializer=open_slide, initargs=(path, run)) as pool:
        for nuclei, dropped, seconds in pool.imap(work_tile, tiles, chunksize=1):
            kept.extend(nuclei)
            oversized += dropped
            cpu += seconds
    wall = time.perf_counter() - start
    with open(centroids_path, "w") as out:
        out.write("x,y\n")
        out.writelines(f"{cx!r},{cy!r}\n" for cx, cy in kept)
    mm2 = region["width"] * region["height"] * p["slide_mpp"] ** 2 / 1e6
    print(f"skimage slide tiles {len(tiles)} nuclei {len(kept)} oversized {oversized} mm2 {mm2:.4f} "
          f"wall_s {wall:.3f} cpu_s {cpu:.3f} nuclei_per_s {len(kept) / wall:.1f} mm2_per_s {mm2 / wall:.4f}",
          flush=True)


def main():
    global MPP
    if sys.argv[1] == "--slide":
        slide_main(sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5])
        return
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
