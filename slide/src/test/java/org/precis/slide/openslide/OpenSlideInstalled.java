package org.precis.slide.openslide;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Tests that need libopenslide skip, and only skip, when it is not installed. */
final class OpenSlideInstalled {

    private OpenSlideInstalled() {
    }

    static void assume() {
        assumeTrue(new OpenSlideFormat().version().isPresent(),
                "libopenslide is not installed (Debian package libopenslide0)");
    }
}
