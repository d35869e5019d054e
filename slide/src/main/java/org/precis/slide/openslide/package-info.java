/**
 * The OpenSlide backend: every vendor format the system's libopenslide (Debian libopenslide0,
 * OpenSlide 3.4) reads, bound with JNA and loaded on first use. It owns the binding, the
 * {@link org.precis.slide.openslide.OpenSlideFormat} that scores files by OpenSlide's vendor
 * detection, and a slide whose levels are virtual tile grids read with
 * {@code openslide_read_region}, so that caching, assembly and resampling stay in the shared
 * {@link org.precis.slide.spi.TiledSlide}.
 *
 * <p>Pixels come back as RGB with OpenSlide's premultiplied alpha divided out the way
 * openslide-python does; pixels with no data are white. Sizes from OpenSlide are checked
 * against the {@link org.precis.slide.spi.ReadLimits} before any buffer is allocated.
 */
package org.precis.slide.openslide;
