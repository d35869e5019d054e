/**
 * The public face of the slide engine: a {@link org.precis.slide.Slide} opened by
 * {@link org.precis.slide.Slides}, its pyramid {@link org.precis.slide.SlideLevel levels},
 * physical {@link org.precis.slide.PixelSize pixel size}, and region reads described by a
 * {@link org.precis.slide.RegionRequest} at a {@link org.precis.slide.Resolution}.
 *
 * <p>Coordinates are always level-0 pixels; a region is returned as 8-bit interleaved RGB
 * ({@link org.precis.slide.RgbImage}). Everything a reader can get wrong about a file is a
 * {@link org.precis.slide.SlideException} that names the file and, where one is involved,
 * the level and tile.
 */
package org.precis.slide;
