package org.precis.casework;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What running a learned model needs beyond its file: the data folder whose {@code models/} holds
 * the shipped encoders a patch model names, and the inference threads.
 */
public record ModelRuntime(Path dataRoot, int threads) {
    public ModelRuntime {
        Objects.requireNonNull(dataRoot, "dataRoot");
        if (threads < 1) {
            throw new IllegalArgumentException("inference threads must be >= 1, got " + threads);
        }
    }
}
