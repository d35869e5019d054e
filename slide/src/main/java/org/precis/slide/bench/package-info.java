/**
 * Slide engine benchmarks. The read benchmark: every tile of a square grid at level 0 read once
 * from an empty tile cache, tiles per second ({@code precis slide bench} and
 * {@code bench/slide-vs-openslide.sh} drive it and print its record). The Deep Zoom benchmark:
 * a seeded sample of tiles from the deepest levels rendered and compressed on concurrent
 * clients, tiles per second and latency percentiles ({@code bench/deepzoom-vs-openslide.sh}
 * drives it against openslide-python's DeepZoomGenerator on the same tile list).
 */
package org.precis.slide.bench;
