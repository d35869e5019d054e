package org.precis.slide.openslide;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.LongByReference;
import java.util.Map;
import java.util.Optional;

/**
 * The C API of OpenSlide 3.4 that Precis uses, mapped by JNA. Strings cross as UTF-8, which is
 * what OpenSlide reads file names and properties as, whatever the JVM's locale.
 */
interface OpenSlideLibrary extends Library {

    /**
     * Debian ships {@code libopenslide.so} only in the -dev package, so the versioned runtime
     * name comes after the plain one.
     */
    String[] NAMES = {"openslide", "libopenslide.so.0", "libopenslide.so.1", "libopenslide.0.dylib"};

    String openslide_detect_vendor(String filename);

    Pointer openslide_open(String filename);

    void openslide_close(Pointer osr);

    String openslide_get_error(Pointer osr);

    int openslide_get_level_count(Pointer osr);

    void openslide_get_level_dimensions(Pointer osr, int level, LongByReference width, LongByReference height);

    double openslide_get_level_downsample(Pointer osr, int level);

    /** A NULL-terminated array of strings that OpenSlide owns. */
    Pointer openslide_get_property_names(Pointer osr);

    String openslide_get_property_value(Pointer osr, String name);

    /** A NULL-terminated array of strings that OpenSlide owns. */
    Pointer openslide_get_associated_image_names(Pointer osr);

    void openslide_get_associated_image_dimensions(Pointer osr, String name, LongByReference width,
            LongByReference height);

    /** Fills {@code dest} with premultiplied ARGB, one {@code uint32} a pixel. */
    void openslide_read_associated_image(Pointer osr, String name, int[] dest);

    /** Fills {@code dest} with premultiplied ARGB; {@code x} and {@code y} are level-0 pixels. */
    void openslide_read_region(Pointer osr, int[] dest, long x, long y, int level, long width, long height);

    String openslide_get_version();

    /** The system's OpenSlide, or empty when it is not installed. */
    static Optional<OpenSlideLibrary> load() {
        for (String name : NAMES) {
            try {
                return Optional.of(Native.load(name, OpenSlideLibrary.class,
                        Map.of(Library.OPTION_STRING_ENCODING, "UTF-8")));
            } catch (UnsatisfiedLinkError e) {
                // try the next name; only when none loads is OpenSlide missing
            }
        }
        return Optional.empty();
    }
}
