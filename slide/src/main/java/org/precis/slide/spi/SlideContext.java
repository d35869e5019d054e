package org.precis.slide.spi;

import java.util.concurrent.atomic.AtomicLong;
import org.precis.slide.codec.Codecs;

/**
 * What every slide opened through one {@code Slides} shares: the codecs, the tile cache, and the
 * read limits.
 */
public final class SlideContext {

    private final Codecs codecs;
    private final TileCache cache;
    private final ReadLimits limits;
    private final AtomicLong slideIds = new AtomicLong();

    public SlideContext(Codecs codecs, TileCache cache, ReadLimits limits) {
        this.codecs = codecs;
        this.cache = cache;
        this.limits = limits;
    }

    public Codecs codecs() {
        return codecs;
    }

    public TileCache cache() {
        return cache;
    }

    public ReadLimits limits() {
        return limits;
    }

    /** A number that tells this slide's tiles apart from every other's in the shared cache. */
    long nextSlideId() {
        return slideIds.incrementAndGet();
    }
}
