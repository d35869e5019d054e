/**
 * What a format reader plugs into: the {@link org.precis.slide.spi.SlideFormat} service found by
 * {@code ServiceLoader}, the {@link org.precis.slide.spi.SlideContext} it opens slides with
 * (codecs, tile cache, limits), and {@link org.precis.slide.spi.TiledSlide}, the one place
 * where tiles are cached and assembled into regions and regions are resampled to a resolution
 * (or not, within {@link org.precis.slide.spi.TiledSlide#SNAP_TOLERANCE} of a level; or from
 * tiles decoded at reduced size, {@link org.precis.slide.spi.ReducedTiles}, when the codec can).
 * A reader implements only how to list its levels and decode one tile, at full size or, if its
 * codec can, at 1/2 to 1/8.
 */
package org.precis.slide.spi;
