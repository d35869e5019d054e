package org.precis.slide;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import org.precis.slide.codec.Codecs;
import org.precis.slide.spi.ReadLimits;
import org.precis.slide.spi.SlideContext;
import org.precis.slide.spi.SlideFormat;
import org.precis.slide.spi.SlideProbe;
import org.precis.slide.spi.TileCache;

/**
 * Opens slides: asks every {@link SlideFormat} on the class path how well it reads a file and
 * lets the best one open it. One {@code Slides} holds the codecs and the tile cache that the
 * slides it opens share; close it when done.
 */
public final class Slides implements AutoCloseable {

    /** Default tile cache size: 256 MiB of decoded RGB. */
    public static final long DEFAULT_CACHE_BYTES = 256L << 20;

    private final SlideContext context;
    private final List<SlideFormat> formats;

    public Slides(Codecs codecs, long cacheBytes, ReadLimits limits, List<SlideFormat> formats) {
        this.context = new SlideContext(codecs, new TileCache(cacheBytes), limits);
        this.formats = List.copyOf(formats);
    }

    /** The system's codecs, a 256 MiB cache, default limits, and every format on the class path. */
    public static Slides withDefaults() {
        return withCache(DEFAULT_CACHE_BYTES);
    }

    public static Slides withCache(long cacheBytes) {
        return new Slides(
                Codecs.system(ReadLimits.DEFAULT.maxTilePixels()), cacheBytes, ReadLimits.DEFAULT, installedFormats());
    }

    public static List<SlideFormat> installedFormats() {
        List<SlideFormat> found = new ArrayList<>();
        ServiceLoader.load(SlideFormat.class, Slides.class.getClassLoader()).forEach(found::add);
        return found;
    }

    public Codecs codecs() {
        return context.codecs();
    }

    public List<SlideFormat> formats() {
        return formats;
    }

    /** Bytes of decoded tiles the shared cache holds now. */
    public long cachedBytes() {
        return context.cache().weightedSize();
    }

    /** Opens a slide with the format that scores best on it. */
    public Slide open(Path file) throws SlideException {
        return open(file, formats);
    }

    /** Opens a slide with one named format, for comparing readers. */
    public Slide open(Path file, String formatName) throws SlideException {
        List<SlideFormat> named =
                formats.stream().filter(f -> f.name().equals(formatName)).toList();
        if (named.isEmpty()) {
            throw new IllegalArgumentException("no slide format named " + formatName);
        }
        return open(file, named);
    }

    private Slide open(Path file, List<SlideFormat> candidates) throws SlideException {
        if (!Files.isRegularFile(file)) {
            throw new SlideException(file, Files.exists(file) ? "not a regular file" : "no such file");
        }
        SlideProbe probe;
        try {
            probe = SlideProbe.of(file);
        } catch (IOException e) {
            throw new SlideException(file, null, "cannot read: " + e.getMessage(), e);
        }
        if (probe.size() == 0) {
            throw new CorruptSlideException(file, "the file is empty");
        }
        List<Scored> scored = new ArrayList<>();
        for (SlideFormat format : candidates) {
            int score = format.score(probe);
            if (score > 0) {
                scored.add(new Scored(format, score));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::score).reversed());
        UnsupportedSlideException firstRefusal = null;
        for (Scored candidate : scored) {
            try {
                return candidate.format().open(probe, context);
            } catch (UnsupportedSlideException e) {
                if (firstRefusal == null) {
                    firstRefusal = e;
                }
            }
        }
        if (firstRefusal != null) {
            throw firstRefusal;
        }
        throw new UnsupportedSlideException(
                file,
                "not a slide format Precis reads (TIFF, BigTIFF, Aperio SVS, "
                        + "OME-TIFF, DICOM WSI; other vendor formats need OpenSlide, Debian package libopenslide0)");
    }

    @Override
    public void close() {
        context.codecs().close();
    }

    private record Scored(SlideFormat format, int score) {}
}
