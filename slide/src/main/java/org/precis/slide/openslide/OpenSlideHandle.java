package org.precis.slide.openslide;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.LongByReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.precis.slide.CorruptSlideException;
import org.precis.slide.RegionRequest;
import org.precis.slide.RgbImage;
import org.precis.slide.SlideException;
import org.precis.slide.SlideLimitException;
import org.precis.slide.TileLocation;
import org.precis.slide.UnsupportedSlideException;

/**
 * One open {@code openslide_t}. Every call is followed by {@code openslide_get_error}, because
 * OpenSlide reports failures only there (and then stays failed). OpenSlide handles are
 * thread-safe; the lock here only keeps reads from running into {@link #close()}, which would
 * free the handle under them.
 */
final class OpenSlideHandle implements AutoCloseable {

    private final OpenSlideLibrary library;
    private final Path path;
    private final Pointer osr;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private boolean closed;

    private OpenSlideHandle(OpenSlideLibrary library, Path path, Pointer osr) {
        this.library = library;
        this.path = path;
        this.osr = osr;
    }

    static OpenSlideHandle open(OpenSlideLibrary library, Path path) throws SlideException {
        Pointer osr = library.openslide_open(path.toString());
        if (osr == null) {
            throw new UnsupportedSlideException(
                    path, "OpenSlide " + library.openslide_get_version() + " does not recognise this file");
        }
        OpenSlideHandle handle = new OpenSlideHandle(library, path, osr);
        try {
            handle.check(null, "open");
        } catch (SlideException e) {
            handle.close();
            throw e;
        }
        return handle;
    }

    Path path() {
        return path;
    }

    int levelCount() throws SlideException {
        return call(null, "level count", () -> library.openslide_get_level_count(osr));
    }

    /** A width and a height in pixels, as OpenSlide states them (unchecked). */
    record Dimensions(long width, long height) {}

    Dimensions levelDimensions(int level) throws SlideException {
        LongByReference width = new LongByReference(-1);
        LongByReference height = new LongByReference(-1);
        call(null, "level " + level + " dimensions", () -> {
            library.openslide_get_level_dimensions(osr, level, width, height);
            return null;
        });
        return new Dimensions(width.getValue(), height.getValue());
    }

    double levelDownsample(int level) throws SlideException {
        return call(null, "level " + level + " downsample", () -> library.openslide_get_level_downsample(osr, level));
    }

    /** Every property, in OpenSlide's order. */
    Map<String, String> properties() throws SlideException {
        return call(null, "properties", () -> {
            Map<String, String> properties = new LinkedHashMap<>();
            for (String name : strings(library.openslide_get_property_names(osr))) {
                String value = library.openslide_get_property_value(osr, name);
                if (value != null) {
                    properties.put(name, value);
                }
            }
            return properties;
        });
    }

    List<String> associatedImageNames() throws SlideException {
        return call(null, "associated image names", () -> strings(library.openslide_get_associated_image_names(osr)));
    }

    /**
     * One associated image; its size is checked against {@link RegionRequest#MAX_PIXELS}
     * before the buffer is allocated.
     */
    RgbImage associatedImage(String name) throws SlideException {
        LongByReference width = new LongByReference(-1);
        LongByReference height = new LongByReference(-1);
        call(null, "associated image " + name + " dimensions", () -> {
            library.openslide_get_associated_image_dimensions(osr, name, width, height);
            return null;
        });
        long w = width.getValue();
        long h = height.getValue();
        if (w <= 0 || h <= 0) {
            throw new CorruptSlideException(path, "associated image " + name + " has no pixels (" + w + "x" + h + ")");
        }
        if (w > RegionRequest.MAX_PIXELS / h) {
            throw new SlideLimitException(
                    path,
                    "associated image " + name + " of " + w + "x" + h + " pixels is larger than the limit of "
                            + RegionRequest.MAX_PIXELS + " pixels");
        }
        int[] argb = new int[(int) (w * h)];
        call(null, "associated image " + name, () -> {
            library.openslide_read_associated_image(osr, name, argb);
            return null;
        });
        return PremultipliedArgb.toRgb(argb, (int) w, (int) h);
    }

    /**
     * Reads a rectangle of one level, {@code x} and {@code y} in level-0 pixels as OpenSlide
     * takes them. The caller bounds the size; {@code maxPixels} is checked again here because
     * this is where the buffer is allocated.
     */
    RgbImage readRegion(TileLocation tile, long x, long y, int level, int width, int height, long maxPixels)
            throws SlideException {
        if (width <= 0 || height <= 0 || (long) width * height > maxPixels) {
            throw new SlideLimitException(
                    path,
                    tile,
                    "a read of " + width + "x" + height + " pixels is outside the limit of " + maxPixels + " pixels");
        }
        int[] argb = new int[width * height];
        call(tile, "read", () -> {
            library.openslide_read_region(osr, argb, x, y, level, width, height);
            return null;
        });
        return PremultipliedArgb.toRgb(argb, width, height);
    }

    /** Closes the handle once; later calls do nothing. */
    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            if (!closed) {
                closed = true;
                library.openslide_close(osr);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    @FunctionalInterface
    private interface Call<T> {
        T run();
    }

    private <T> T call(TileLocation tile, String what, Call<T> call) throws SlideException {
        lock.readLock().lock();
        try {
            if (closed) {
                throw new IllegalStateException(path + ": the slide is closed");
            }
            T result = call.run();
            check(tile, what);
            return result;
        } finally {
            lock.readLock().unlock();
        }
    }

    private void check(TileLocation tile, String what) throws SlideException {
        String error = library.openslide_get_error(osr);
        if (error != null) {
            throw new CorruptSlideException(path, tile, "OpenSlide failed (" + what + "): " + error, null);
        }
    }

    private static List<String> strings(Pointer array) {
        return array == null ? List.of() : Arrays.asList(array.getStringArray(0, StandardCharsets.UTF_8.name()));
    }
}
