package org.precis.server.slides;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.precis.casework.library.LibrarySlide;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;
import org.precis.slide.Slides;

/**
 * The slides the server holds open, at most {@code capacity} idle ones, least recently used
 * closed first. A request borrows a slide with {@link #lease}; a slide is closed only when it has
 * left the set and its last lease is returned, so eviction never pulls a slide from under a
 * request that is reading it.
 */
public final class OpenSlides implements AutoCloseable {
    private final Slides engine;
    private final int capacity;
    private final Map<String, Holder> open = new LinkedHashMap<>(16, 0.75f, true);

    public OpenSlides(Slides engine, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("open-slide capacity must be at least 1: " + capacity);
        }
        this.engine = engine;
        this.capacity = capacity;
    }

    /** Borrows the slide, opening it when it is not open; close the lease when done. */
    public Lease lease(LibrarySlide entry) throws SlideException {
        synchronized (this) {
            Holder holder = open.get(entry.id());
            if (holder != null) {
                holder.leases++;
                return new Lease(holder);
            }
        }
        Slide slide = engine.open(entry.file()); // outside the lock: opening may take a while
        synchronized (this) {
            Holder holder = open.get(entry.id());
            if (holder != null) { // another request opened it meanwhile
                slide.close();
            } else {
                holder = new Holder(slide);
                open.put(entry.id(), holder);
                evictIdle();
            }
            holder.leases++;
            return new Lease(holder);
        }
    }

    private void evictIdle() {
        Iterator<Holder> it = open.values().iterator();
        while (open.size() > capacity && it.hasNext()) {
            Holder holder = it.next();
            it.remove();
            holder.evicted = true;
            if (holder.leases == 0) {
                holder.slide.close();
            }
        }
    }

    private synchronized void giveBack(Holder holder) {
        holder.leases--;
        if (holder.evicted && holder.leases == 0) {
            holder.slide.close();
        }
    }

    @Override
    public synchronized void close() {
        for (Holder holder : open.values()) {
            holder.evicted = true;
            if (holder.leases == 0) {
                holder.slide.close();
            }
        }
        open.clear();
    }

    private static final class Holder {
        final Slide slide;
        int leases;
        boolean evicted;

        Holder(Slide slide) {
            this.slide = slide;
        }
    }

    /** A borrowed open slide. */
    public final class Lease implements AutoCloseable {
        private final Holder holder;
        private boolean returned;

        private Lease(Holder holder) {
            this.holder = holder;
        }

        public Slide slide() {
            return holder.slide;
        }

        @Override
        public void close() {
            if (!returned) {
                returned = true;
                giveBack(holder);
            }
        }
    }
}
