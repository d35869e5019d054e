package org.precis.casework.training;

import java.util.Objects;

/** A slide as a signed report version froze it: its id within the case, its path and the SHA-256 signed. */
record SignedSlide(String slideId, String path, String sha256) {
    SignedSlide {
        Objects.requireNonNull(slideId, "slideId");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
    }
}
