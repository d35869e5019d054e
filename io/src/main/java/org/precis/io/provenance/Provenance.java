package org.precis.io.provenance;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.precis.io.file.Sha256Hex;

/**
 * Where a result came from, in the terms every result shares.
 *
 * @param software the producing software and its version as the producer recorded it
 *     ({@code precis 0.1.0}, or the bare version)
 * @param createdAt when it was made, ISO-8601 (a date or an instant); empty when the producer does
 *     not record a time (so that the same inputs give the same bytes)
 * @param inputSha256 role of each input ({@code slide}, {@code model}, {@code data}) to the SHA-256
 *     of its bytes, in the order given
 * @param parameters the settings it was made with, as plain values, in the order given
 */
public record Provenance(
        String software, Optional<String> createdAt, Map<String, String> inputSha256, Map<String, Object> parameters) {

    public Provenance {
        if (software == null || software.isBlank()) {
            throw new IllegalArgumentException("software version is missing");
        }
        Objects.requireNonNull(createdAt, "createdAt");
        Map<String, String> inputs = new LinkedHashMap<>();
        inputSha256.forEach((role, sha256) -> inputs.put(role, Sha256Hex.require(role, sha256)));
        inputSha256 = Collections.unmodifiableMap(inputs);
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }
}
