package org.precis.imaging.export;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a result came from: the slide (by content hash), its pixel size and where that came from,
 * the software that made the result and the parameters it was made with.
 *
 * @param slideFile the slide's file name
 * @param slideSha256 SHA-256 of the slide file's bytes
 * @param slideMpp µm per level-0 pixel used
 * @param slideMppSource whether the slide stated it or the user gave it
 * @param software the producing software and its version, e.g. {@code precis 0.1.0}
 * @param parameters the settings, as plain values (records, numbers, strings)
 */
public record Provenance(String slideFile, String slideSha256, double slideMpp, PixelSizeSource slideMppSource,
        String software, Map<String, Object> parameters) {

    public Provenance {
        if (slideSha256 == null || !slideSha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("slide SHA-256 must be 64 lower-case hex digits: " + slideSha256);
        }
        if (slideFile == null || software == null || slideMppSource == null) {
            throw new IllegalArgumentException("slide file, software and pixel size source are required");
        }
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }
}
