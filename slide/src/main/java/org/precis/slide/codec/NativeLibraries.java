package org.precis.slide.codec;

import com.sun.jna.NativeLibrary;

/** Finds a system library by the names Debian and other systems give it. */
final class NativeLibraries {

    private NativeLibraries() {}

    /** The first of {@code names} that loads; the last failure when none does. */
    static NativeLibrary load(String... names) {
        UnsatisfiedLinkError last = null;
        for (String name : names) {
            try {
                return NativeLibrary.getInstance(name);
            } catch (UnsatisfiedLinkError e) {
                last = e;
            }
        }
        throw last;
    }
}
