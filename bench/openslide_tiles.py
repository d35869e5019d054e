#!/usr/bin/python3
"""Reads every tile of a square grid at level 0 once with OpenSlide (python3-openslide), one
thread, from a freshly opened slide (an empty OpenSlide cache), and prints tiles per second as
JSON: the reference half of bench/slide-vs-openslide.sh."""
import json
import sys
import time

import openslide

path, tile = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 256
slide = openslide.OpenSlide(path)
width, height = slide.dimensions
tiles = 0
start = time.perf_counter()
for y in range(0, height, tile):
    for x in range(0, width, tile):
        slide.read_region((x, y), 0, (tile, tile))
        tiles += 1
seconds = time.perf_counter() - start
print(json.dumps({"tiles": tiles, "seconds": seconds, "tiles_per_second": tiles / seconds, "threads": 1}))
