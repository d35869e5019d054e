#!/usr/bin/python3
"""A tiny, randomly initialised nucleus network in the StarDist/HoVer-Net style (per-pixel nucleus
probability and distance to the nucleus edge), exported to ONNX with free height and width, to test
the plumbing of OnnxNucleusDetector: it has not been trained and finds no real nuclei.

Also writes golden values: the network's outputs on a real BreCaHAD crop (the classical
reference's brecahad-05.png) computed by PyTorch, and the nuclei that the same post-processing
(scikit-image 0.19: probability > threshold, peak_local_max of the distance per component,
watershed, area filter) makes of them, so that the Java side checks input layout, normalisation,
output order and post-processing against an independent run.

Run: /usr/bin/python3 make_tiny_nucleus_net.py   (writes tiny_nucleus_net.onnx, tiny_nucleus_net.json
beside this script and tiny_nucleus_net-reference.json)
"""
import json
import os

import numpy as np
import torch
from PIL import Image
from scipy import ndimage as ndi
from skimage.feature import peak_local_max
from skimage.measure import regionprops
from skimage.segmentation import watershed

HERE = os.path.dirname(os.path.abspath(__file__))
CROP = os.path.join(HERE, "../reference/nuclei/brecahad-05.png")
MPP = 0.32
MEAN = [0.70, 0.55, 0.75]
STD = [0.15, 0.18, 0.12]
THRESHOLD = 0.565  # about the median probability on the crop: an untrained net has no 0.5 to speak of
MIN_SEED_DISTANCE_UM, MIN_AREA_UM2, MAX_AREA_UM2 = 3.0, 10.0, 400.0


class TinyNucleusNet(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.features = torch.nn.Sequential(
            torch.nn.Conv2d(3, 8, 3, padding=1), torch.nn.ReLU(),
            torch.nn.Conv2d(8, 8, 3, padding=2, dilation=2), torch.nn.ReLU())
        self.probability = torch.nn.Conv2d(8, 1, 1)
        self.distance = torch.nn.Conv2d(8, 1, 1)

    def forward(self, image):
        y = self.features(image)
        return torch.sigmoid(self.probability(y)), torch.nn.functional.softplus(self.distance(y))


def main():
    torch.manual_seed(3)
    net = TinyNucleusNet().eval()
    model = os.path.join(HERE, "tiny_nucleus_net.onnx")
    torch.onnx.export(net, torch.zeros(1, 3, 64, 64), model, input_names=["image"],
                      output_names=["probability", "distance"], opset_version=13,
                      dynamic_axes={"image": {0: "n", 2: "h", 3: "w"}, "probability": {0: "n", 2: "h", 3: "w"},
                                    "distance": {0: "n", 2: "h", 3: "w"}})
    descriptor = dict(
        name="tiny-random-nucleus-net", model="tiny_nucleus_net.onnx",
        input=dict(name="image", channels="RGB", scale=1 / 255, mean=MEAN, std=STD),
        output=dict(probability="probability", distance="distance"),
        mpp=MPP, probability_threshold=THRESHOLD, min_seed_distance_um=MIN_SEED_DISTANCE_UM,
        min_area_um2=MIN_AREA_UM2, max_area_um2=MAX_AREA_UM2, licence="Apache-2.0")
    with open(os.path.join(HERE, "tiny_nucleus_net.json"), "w") as f:
        json.dump(descriptor, f, indent=2)

    rgb = np.asarray(Image.open(CROP).convert("RGB"))
    x = (rgb.astype(np.float32) * np.float32(1 / 255) - np.float32(MEAN)) / np.float32(STD)
    with torch.no_grad():
        p, d = net(torch.from_numpy(np.ascontiguousarray(x.transpose(2, 0, 1)[None])))
    probability = p[0, 0].numpy().astype(np.float64)
    distance = d[0, 0].numpy().astype(np.float64)
    foreground = probability > THRESHOLD
    components, _ = ndi.label(foreground)
    peaks = peak_local_max(distance, min_distance=max(1, int(round(MIN_SEED_DISTANCE_UM / MPP))), threshold_abs=0,
                           labels=components, exclude_border=False)
    markers = np.zeros(foreground.shape, dtype=np.int32)
    markers[tuple(peaks.T)] = np.arange(1, len(peaks) + 1)
    labels = watershed(-distance, markers, mask=foreground)
    areas = sorted(float(r.area * MPP ** 2) for r in regionprops(labels)
                   if MIN_AREA_UM2 / MPP ** 2 <= r.area <= MAX_AREA_UM2 / MPP ** 2)
    reference = dict(
        crop="brecahad-05.png", torch=torch.__version__,
        probability_sum=float(probability.sum()), distance_sum=float(distance.sum()),
        probability_at=[[int(r), int(c), float(probability[r, c])] for r, c in [(0, 0), (17, 200), (128, 128), (255, 31)]],
        distance_at=[[int(r), int(c), float(distance[r, c])] for r, c in [(0, 0), (17, 200), (128, 128), (255, 31)]],
        foreground_pixels=int(foreground.sum()), seeds=int(len(peaks)), nuclei=len(areas), areas_um2=areas)
    with open(os.path.join(HERE, "tiny_nucleus_net-reference.json"), "w") as f:
        json.dump(reference, f, indent=1)
    print(f"{reference['foreground_pixels']} foreground px, {reference['seeds']} seeds, {reference['nuclei']} nuclei; "
          f"{os.path.getsize(model)} bytes of ONNX")


if __name__ == "__main__":
    main()
