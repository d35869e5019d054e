package org.precis.slide.openslide;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.LongByReference;
import java.util.Map;
import java.util.Optional;

/**
 * The C API of OpenSlide 3.4 that Precis uses. Strings cross as UTF-8, which is what OpenSlide
 * reads file names and properties as, whatever the JVM's locale.
 *
 * <p>Bound with JNA's direct mapping rather than an interface proxy: every slide open asks
 * OpenSlide for the vendor, and a proxy's generated classes cost compile time on exactly the
 * short runs where it shows.
 */
final class OpenSlideLibrary {

    /**
     * Debian ships {@code libopenslide.so} only in the -dev package, so the versioned runtime
     * name comes after the plain one.
     */
    private static final String[] NAMES = {"openslide", "libopenslide.so.0", "libopenslide.so.1", "libopenslide.0.dylib"
    };

    private OpenSlideLibrary() {}

    /** The system's OpenSlide, or empty when it is not installed. */
    static Optional<OpenSlideLibrary> load() {
        for (String name : NAMES) {
            try {
                Native.register(
                        Natives.class,
                        NativeLibrary.getInstance(name, Map.of(Library.OPTION_STRING_ENCODING, "UTF-8")));
                return Optional.of(new OpenSlideLibrary());
            } catch (UnsatisfiedLinkError e) {
                // try the next name; only when none loads is OpenSlide missing
            }
        }
        return Optional.empty();
    }

    String openslide_detect_vendor(String filename) {
        return Natives.openslide_detect_vendor(filename);
    }

    Pointer openslide_open(String filename) {
        return Natives.openslide_open(filename);
    }

    void openslide_close(Pointer osr) {
        Natives.openslide_close(osr);
    }

    String openslide_get_error(Pointer osr) {
        return Natives.openslide_get_error(osr);
    }

    int openslide_get_level_count(Pointer osr) {
        return Natives.openslide_get_level_count(osr);
    }

    void openslide_get_level_dimensions(Pointer osr, int level, LongByReference width, LongByReference height) {
        Natives.openslide_get_level_dimensions(osr, level, width, height);
    }

    double openslide_get_level_downsample(Pointer osr, int level) {
        return Natives.openslide_get_level_downsample(osr, level);
    }

    /** A NULL-terminated array of strings that OpenSlide owns. */
    Pointer openslide_get_property_names(Pointer osr) {
        return Natives.openslide_get_property_names(osr);
    }

    String openslide_get_property_value(Pointer osr, String name) {
        return Natives.openslide_get_property_value(osr, name);
    }

    /** A NULL-terminated array of strings that OpenSlide owns. */
    Pointer openslide_get_associated_image_names(Pointer osr) {
        return Natives.openslide_get_associated_image_names(osr);
    }

    void openslide_get_associated_image_dimensions(
            Pointer osr, String name, LongByReference width, LongByReference height) {
        Natives.openslide_get_associated_image_dimensions(osr, name, width, height);
    }

    /** Fills {@code dest} with premultiplied ARGB, one {@code uint32} a pixel. */
    void openslide_read_associated_image(Pointer osr, String name, int[] dest) {
        Natives.openslide_read_associated_image(osr, name, dest);
    }

    /** Fills {@code dest} with premultiplied ARGB; {@code x} and {@code y} are level-0 pixels. */
    void openslide_read_region(Pointer osr, int[] dest, long x, long y, int level, long width, long height) {
        Natives.openslide_read_region(osr, dest, x, y, level, width, height);
    }

    String openslide_get_version() {
        return Natives.openslide_get_version();
    }

    /** The natives themselves, registered once by {@link #load()}. */
    private static final class Natives {
        private Natives() {}

        static native String openslide_detect_vendor(String filename);

        static native Pointer openslide_open(String filename);

        static native void openslide_close(Pointer osr);

        static native String openslide_get_error(Pointer osr);

        static native int openslide_get_level_count(Pointer osr);

        static native void openslide_get_level_dimensions(
                Pointer osr, int level, LongByReference width, LongByReference height);

        static native double openslide_get_level_downsample(Pointer osr, int level);

        static native Pointer openslide_get_property_names(Pointer osr);

        static native String openslide_get_property_value(Pointer osr, String name);

        static native Pointer openslide_get_associated_image_names(Pointer osr);

        static native void openslide_get_associated_image_dimensions(
                Pointer osr, String name, LongByReference width, LongByReference height);

        static native void openslide_read_associated_image(Pointer osr, String name, int[] dest);

        static native void openslide_read_region(
                Pointer osr, int[] dest, long x, long y, int level, long width, long height);

        static native String openslide_get_version();
    }
}
