/**
 * What a format reader plugs into: the {@link org.precis.slide.spi.SlideFormat} service found by
 * {@code ServiceLoader}, the {@link org.precis.slide.spi.SlideContext} it opens slides with
 * (codecs, tile cache, limits), and {@link org.precis.slide.spi.TiledSlide}, the one place
 * where tiles are cached and assembled into regions and regions are resampled to a resolution.
 * A reader implements only how to list its levels and decode one tile.
 */
package org.precis.slide.spi;
