package org.precis.slide.openslide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that need libopenslide fail, never skip, when it is not installed: a skipped test would
 * hide a broken install ({@code ./precis test} installs Debian's libopenslide0).
 */
final class OpenSlideInstalled {

    private OpenSlideInstalled() {}

    static void require() {
        assertThat(new OpenSlideFormat().version())
                .as("libopenslide is not installed (Debian package libopenslide0; ./precis test installs it)")
                .isPresent();
    }
}
