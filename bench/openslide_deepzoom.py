#!/usr/bin/python3
"""The reference half of bench/deepzoom-vs-openslide.sh: Deep Zoom tiles served as openslide's
deepzoom server serves them (python3-openslide: DeepZoomGenerator.get_tile, then PIL's JPEG at
quality 75, no cache of compressed tiles), for a seeded sample of tiles from the deepest levels,
on 1 and on 8 concurrent client threads. Prints one JSON line: tiles per second and the median and
95th-percentile time of one tile for each thread count.

The tile list is drawn exactly as org.precis.slide.bench.DeepZoomTileSample draws it (SplitMix64
from the seed, uniform over all tiles of the deepest levels, with replacement), so both sides
serve the same requests; tile_list_sha256 shows it.

Usage: openslide_deepzoom.py SLIDE [--count N] [--seed S] [--levels L] [--threads 1,8]
       openslide_deepzoom.py SLIDE --list [--count N] [--seed S] [--levels L]
           (prints the drawn tiles as LEVEL/COL_ROW lines, the paths a Deep Zoom client asks for)
       openslide_deepzoom.py SLIDE --first-screen PIXELS
           (prints the tiles of the deepest level no larger than PIXELS on its longer side: what a
           viewer that size shows when it opens the slide)
"""
import argparse
import hashlib
import io
import json
import math
import os
import threading
import time

import openslide
from openslide.deepzoom import DeepZoomGenerator

MASK = (1 << 64) - 1


def draw(dz, count, seed, levels):
    deepest = list(range(max(0, dz.level_count - levels), dz.level_count))
    sizes = [dz.level_tiles[z][0] * dz.level_tiles[z][1] for z in deepest]
    total = sum(sizes)
    state = seed & MASK
    tiles = []
    for _ in range(count):
        state = (state + 0x9E3779B97F4A7C15) & MASK
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        z ^= z >> 31
        index = z % total
        for level, size in zip(deepest, sizes):
            if index < size:
                columns = dz.level_tiles[level][0]
                tiles.append((level, index % columns, index // columns))
                break
            index -= size
    return tiles


def list_hash(tiles):
    text = ''.join(f'{level} {col} {row}\n' for level, col, row in tiles)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def percentile(values, p):
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p * len(ordered)) - 1)]


def run(path, tiles, threads):
    slide = openslide.OpenSlide(path)  # a fresh handle: OpenSlide's tile cache starts empty
    dz = DeepZoomGenerator(slide, tile_size=254, overlap=1, limit_bounds=False)
    seconds = [0.0] * len(tiles)
    sizes = [0] * len(tiles)
    lock = threading.Lock()
    position = [0]

    def client():
        while True:
            with lock:
                i = position[0]
                position[0] += 1
            if i >= len(tiles):
                return
            level, col, row = tiles[i]
            begin = time.perf_counter()
            tile = dz.get_tile(level, (col, row))
            buffer = io.BytesIO()
            tile.save(buffer, 'jpeg', quality=75)
            seconds[i] = time.perf_counter() - begin
            sizes[i] = buffer.tell()

    start = time.perf_counter()
    workers = [threading.Thread(target=client) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    wall = time.perf_counter() - start
    slide.close()
    return {'threads': threads, 'tiles_per_second': round(len(tiles) / wall, 2),
            'p50_ms': round(percentile(seconds, 0.50) * 1000, 2), 'p95_ms': round(percentile(seconds, 0.95) * 1000, 2),
            'seconds': round(wall, 2), 'jpeg_bytes': sum(sizes)}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('slide')
    parser.add_argument('--count', type=int, default=1000)
    parser.add_argument('--seed', type=int, default=13)
    parser.add_argument('--levels', type=int, default=3)
    parser.add_argument('--threads', default='1,8')
    parser.add_argument('--list', action='store_true')
    parser.add_argument('--first-screen', type=int)
    args = parser.parse_args()
    probe = openslide.OpenSlide(args.slide)
    dz = DeepZoomGenerator(probe, tile_size=254, overlap=1, limit_bounds=False)
    if args.first_screen:
        level = max(z for z in range(dz.level_count) if max(dz.level_dimensions[z]) <= args.first_screen)
        columns, rows = dz.level_tiles[level]
        for row in range(rows):
            for col in range(columns):
                print(f'{level}/{col}_{row}')
        return
    tiles = draw(dz, args.count, args.seed, args.levels)
    probe.close()
    if args.list:
        for level, col, row in tiles:
            print(f'{level}/{col}_{row}')
        return
    runs = [run(args.slide, tiles, int(t)) for t in args.threads.split(',')]
    print(json.dumps({'implementation': 'openslide-python', 'slide': os.path.basename(args.slide), 'tiles': args.count,
                      'seed': args.seed, 'levels': args.levels, 'tile_list_sha256': list_hash(tiles),
                      'openslide': openslide.__library_version__, 'runs': runs}))


if __name__ == '__main__':
    main()
