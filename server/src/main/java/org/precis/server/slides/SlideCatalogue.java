package org.precis.server.slides;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.precis.casework.library.LibrarySlide;
import org.precis.casework.library.SlideLibrary;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;
import org.precis.slide.SlideLevel;

/** The summaries of the library's slides, each read once, when first asked for. */
public final class SlideCatalogue {
    private final SlideLibrary library;
    private final OpenSlides open;
    private final Map<String, SlideSummary> summaries = new ConcurrentHashMap<>();

    public SlideCatalogue(SlideLibrary library, OpenSlides open) {
        this.library = library;
        this.open = open;
    }

    public List<SlideSummary> all() {
        return library.slides().stream().map(this::summary).toList();
    }

    public Optional<SlideSummary> find(String id) {
        return library.find(id).map(this::summary);
    }

    private SlideSummary summary(LibrarySlide slide) {
        return summaries.computeIfAbsent(slide.id(), id -> read(slide));
    }

    private SlideSummary read(LibrarySlide entry) {
        try (OpenSlides.Lease lease = open.lease(entry)) {
            Slide slide = lease.slide();
            SlideLevel base = slide.levels().get(0);
            return new SlideSummary(
                    entry.id(),
                    entry.name(),
                    slide.format(),
                    base.width(),
                    base.height(),
                    slide.pixelSize()
                            .map(size -> (size.mppX() + size.mppY()) / 2)
                            .orElse(null),
                    slide.levels().size(),
                    null);
        } catch (SlideException e) {
            return SlideSummary.unreadable(entry, e.messageNamingFile());
        } catch (RuntimeException e) {
            return SlideSummary.unreadable(entry, e.getMessage());
        }
    }
}
