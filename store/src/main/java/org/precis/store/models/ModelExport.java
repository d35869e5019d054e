package org.precis.store.models;

import java.util.Objects;

/** A version's file, read back and checked against its SHA-256, with the version it belongs to. */
public record ModelExport(ModelVersion version, byte[] file) {
    public ModelExport {
        Objects.requireNonNull(version, "version");
        file = file.clone();
    }

    @Override
    public byte[] file() {
        return file.clone();
    }
}
