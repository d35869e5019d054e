package org.precis.slide.openslide;

import java.util.Optional;
import java.util.Set;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;
import org.precis.slide.UnsupportedSlideException;
import org.precis.slide.spi.SlideContext;
import org.precis.slide.spi.SlideFormat;
import org.precis.slide.spi.SlideProbe;

/**
 * Every format OpenSlide reads, through the system's libopenslide. Where Precis has its own
 * reader (Aperio SVS, generic pyramidal TIFF) this scores low so that reader wins; the other
 * vendors (Hamamatsu, MIRAX, Leica, Philips, Ventana, Sakura, Trestle, ...) go to OpenSlide.
 * Without the library it scores 0 and stays silent.
 */
public final class OpenSlideFormat implements SlideFormat {

    /** Below Precis's own TIFF readers (50 to 100), so OpenSlide is only their fallback. */
    static final int SCORE_PRECIS_READS_IT = 20;

    static final int SCORE_OPENSLIDE_ONLY = 80;
    private static final Set<String> PRECIS_VENDORS = Set.of("generic-tiff", "aperio");

    /** Loaded on first use, so that merely finding this format costs no native loading. */
    private volatile Optional<OpenSlideLibrary> library;

    @Override
    public String name() {
        return "openslide";
    }

    @Override
    public int score(SlideProbe probe) {
        try {
            Optional<OpenSlideLibrary> openslide = library();
            if (openslide.isEmpty()) {
                return 0;
            }
            String vendor = openslide.get().openslide_detect_vendor(probe.path().toString());
            if (vendor == null) {
                return 0;
            }
            return PRECIS_VENDORS.contains(vendor) ? SCORE_PRECIS_READS_IT : SCORE_OPENSLIDE_ONLY;
        } catch (RuntimeException | LinkageError e) {
            // a broken installation or an odd path must not stop other formats from being asked
            return 0;
        }
    }

    @Override
    public Slide open(SlideProbe probe, SlideContext context) throws SlideException {
        OpenSlideLibrary openslide = library()
                .orElseThrow(() -> new UnsupportedSlideException(
                        probe.path(), "OpenSlide is not installed (Debian package libopenslide0)"));
        return OpenSlideSlide.of(OpenSlideHandle.open(openslide, probe.path()), context);
    }

    /** The OpenSlide version, when the library is installed. */
    public Optional<String> version() {
        return library().map(OpenSlideLibrary::openslide_get_version);
    }

    private Optional<OpenSlideLibrary> library() {
        Optional<OpenSlideLibrary> loaded = library;
        if (loaded == null) {
            synchronized (this) {
                loaded = library;
                if (loaded == null) {
                    loaded = OpenSlideLibrary.load();
                    library = loaded;
                }
            }
        }
        return loaded;
    }
}
