package org.precis.store.cases;

import org.precis.io.file.Sha256Hex;

/**
 * A slide of a case: its id within the case, its path as given relative to a slide root (the
 * server resolves it against its configured roots; absolute paths and {@code ..} are refused
 * here), a display name and the SHA-256 of the file.
 */
public record SlideRef(String slideId, String path, String name, String sha256) {
    public SlideRef {
        CaseValues.requireSlideId(slideId);
        CaseValues.requireRelativePath(path);
        CaseValues.requireText("slide name", name, CaseValues.MAX_NAME_CHARS);
        sha256 = Sha256Hex.require("slide " + slideId, sha256);
    }
}
