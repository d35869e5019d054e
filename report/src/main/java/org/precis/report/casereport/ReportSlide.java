package org.precis.report.casereport;

import java.util.Objects;
import java.util.OptionalDouble;
import org.precis.io.file.Sha256Hex;

/**
 * A slide of the case, identified by the SHA-256 of its file.
 *
 * @param id the slide's id in the store
 * @param name its file name
 * @param format the format that read it ({@code aperio-svs}, {@code dicom-wsi})
 * @param sha256 SHA-256 of the file (64 hex digits)
 * @param mpp level-0 pixel size in µm/px; empty when the file does not say
 */
public record ReportSlide(String id, String name, String format, String sha256, OptionalDouble mpp) {
    public ReportSlide {
        Text.require("slide id", id);
        Text.require("slide name", name);
        Text.require("slide format", format);
        sha256 = Sha256Hex.require("slide " + id, sha256);
        Objects.requireNonNull(mpp, "mpp");
        if (mpp.isPresent() && !(mpp.getAsDouble() > 0 && Double.isFinite(mpp.getAsDouble()))) {
            throw new IllegalArgumentException(
                    "slide " + id + " pixel size must be positive, not " + mpp.getAsDouble());
        }
    }
}
