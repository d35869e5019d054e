/**
 * The slide read benchmark: every tile of a square grid at level 0 read once from an empty tile
 * cache, tiles per second. {@code precis slide bench} and {@code bench/slide-vs-openslide.sh}
 * drive it and print its record.
 */
package org.precis.slide.bench;
