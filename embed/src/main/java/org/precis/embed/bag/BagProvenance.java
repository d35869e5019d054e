package org.precis.embed.bag;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a feature bag came from: the encoder, the tile size in pixels fed to it, the µm/px the
 * tiles were read at (empty when the slide states none), the slide file's SHA-256 and the
 * version of the software that wrote the bag.
 */
public record BagProvenance(String encoder, int tileSizePx, Optional<Double> targetMpp, String slideSha256,
        String softwareVersion) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public BagProvenance {
        if (encoder == null || encoder.isBlank()) {
            throw new IllegalArgumentException("encoder name is missing");
        }
        if (tileSizePx <= 0) {
            throw new IllegalArgumentException("tile size must be positive: " + tileSizePx);
        }
        Objects.requireNonNull(targetMpp, "targetMpp");
        if (targetMpp.isPresent() && !(targetMpp.get() > 0 && Double.isFinite(targetMpp.get()))) {
            throw new IllegalArgumentException("target µm/px must be positive: " + targetMpp.get());
        }
        if (slideSha256 == null || !SHA256.matcher(slideSha256.toLowerCase(Locale.ROOT)).matches()) {
            throw new IllegalArgumentException("slide SHA-256 must be 64 hex digits: " + slideSha256);
        }
        slideSha256 = slideSha256.toLowerCase(Locale.ROOT);
        if (softwareVersion == null || softwareVersion.isBlank()) {
            throw new IllegalArgumentException("software version is missing");
        }
    }
}
