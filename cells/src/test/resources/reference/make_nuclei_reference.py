#!/usr/bin/python3
"""Golden values for the classical nucleus detector, computed with scikit-image 0.19 / scipy.

Cuts small crops from real images (three BreCaHAD H&E fields; the Ki67 slide is JPEG-compressed TIFF, which
this Python cannot decode without imagecodecs), saves them as
PNG (lossless, so Java and Python see the same pixels whatever their JPEG decoders do), and runs
the same steps with the same parameters as ClassicalNucleusDetector with the standard
haematoxylin-eosin-DAB vectors (skimage's rgb2hed):

  rgb2hed -> gaussian(sigma) -> minus grey_opening(square) -> threshold_otsu (floored)
  -> remove_small_holes -> distance_transform_edt -> gaussian(sigma) -> peak_local_max per
  connected component -> watershed(-distance, markers, mask) -> regionprops, area filter.

Writes nuclei/<crop>.png, nuclei/<crop>-foreground.png and nuclei/reference.json.
Run from anywhere: /usr/bin/python3 make_nuclei_reference.py [PRECIS_DATA]
"""
import json
import os
import sys

import numpy as np
import scipy
import skimage
from PIL import Image
from scipy import ndimage as ndi
from skimage.color import rgb2hed
from skimage.feature import peak_local_max
from skimage.filters import gaussian, threshold_otsu
from skimage.measure import regionprops
from skimage.morphology import remove_small_holes
from skimage.segmentation import watershed

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ.get(
    "PRECIS_DATA", os.path.join(HERE, "../../../../../../shared"))

# ClassicalDetectorSettings.defaults(), stains given (standard vectors)
SETTINGS = dict(smoothing_sigma_um=1.0, background_radius_um=8.0, threshold_factor=1.0, min_threshold=0.01,
                max_hole_area_um2=20.0, seed_smoothing_um=1.0, min_seed_distance_um=3.0, min_area_um2=10.0,
                max_area_um2=400.0)

# name, source (relative to DATA), x, y, size, µm/px
CROPS = [
    ("brecahad-01", "samples/cells/brecahad/images/Case_12-01.jpg", 560, 380, 256, 0.32),
    ("brecahad-05", "samples/cells/brecahad/images/Case_12-05.jpg", 900, 200, 256, 0.32),
    ("brecahad-10", "samples/cells/brecahad/images/Case_12-10.jpg", 240, 640, 256, 0.32),
]


def read(path):
    return np.asarray(Image.open(path).convert("RGB"))


def detect(rgb, mpp, s):
    h = rgb2hed(rgb)[..., 0]
    smoothed = gaussian(h, sigma=s["smoothing_sigma_um"] / mpp, mode="nearest", truncate=4.0)
    radius = int(round(s["background_radius_um"] / mpp))
    background = ndi.grey_opening(smoothed, size=(2 * radius + 1, 2 * radius + 1))
    signal = smoothed - background
    otsu = threshold_otsu(signal)
    threshold = max(s["min_threshold"], s["threshold_factor"] * otsu)
    foreground = remove_small_holes(signal > threshold, area_threshold=int(round(s["max_hole_area_um2"] / mpp ** 2)))
    distance = ndi.distance_transform_edt(foreground)
    seed_plane = gaussian(distance, sigma=s["seed_smoothing_um"] / mpp, mode="nearest", truncate=4.0)
    components, _ = ndi.label(foreground)
    min_distance = max(1, int(round(s["min_seed_distance_um"] / mpp)))
    peaks = peak_local_max(seed_plane, min_distance=min_distance, threshold_abs=0, labels=components,
                           exclude_border=False)
    markers = np.zeros(foreground.shape, dtype=np.int32)
    markers[tuple(peaks.T)] = np.arange(1, len(peaks) + 1)
    labels = watershed(-seed_plane, markers, mask=foreground)
    min_px = s["min_area_um2"] / mpp ** 2
    max_px = s["max_area_um2"] / mpp ** 2
    nuclei = []
    for region in regionprops(labels, intensity_image=h):
        if region.area < min_px or region.area > max_px:
            continue
        row, col = region.centroid
        nuclei.append(dict(
            x=col + 0.5, y=row + 0.5,  # continuous image coordinates: pixel centres at +0.5
            area_um2=region.area * mpp ** 2,
            perimeter_um=region.perimeter * mpp,
            solidity=region.solidity,
            major_axis_um=region.major_axis_length * mpp,
            minor_axis_um=region.minor_axis_length * mpp,
            haematoxylin_mean=region.mean_intensity,
            haematoxylin_max=region.max_intensity,
        ))
    return dict(otsu=float(otsu), threshold=float(threshold), signal_sum=float(signal.sum()),
                signal_max=float(signal.max()), foreground_pixels=int(foreground.sum()),
                seeds=int(len(peaks)), nuclei=nuclei), foreground


def main():
    out_dir = os.path.join(HERE, "nuclei")
    os.makedirs(out_dir, exist_ok=True)
    crops = []
    for name, source, x, y, size, mpp in CROPS:
        rgb = np.ascontiguousarray(read(os.path.join(DATA, source))[y:y + size, x:x + size])
        Image.fromarray(rgb).save(os.path.join(out_dir, name + ".png"))
        result, foreground = detect(rgb, mpp, SETTINGS)
        Image.fromarray(foreground.astype(np.uint8) * 255).save(os.path.join(out_dir, name + "-foreground.png"))
        result.update(name=name, source=source, x=x, y=y, size=size, mpp=mpp)
        crops.append(result)
        print(f"{name}: threshold {result['threshold']:.5f}, {result['foreground_pixels']} foreground px, "
              f"{result['seeds']} seeds, {len(result['nuclei'])} nuclei")
    with open(os.path.join(out_dir, "reference.json"), "w") as f:
        json.dump(dict(generator="make_nuclei_reference.py", skimage=skimage.__version__, scipy=scipy.__version__,
                       numpy=np.__version__, settings=SETTINGS, crops=crops), f, indent=1)


if __name__ == "__main__":
    main()
