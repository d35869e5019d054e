package org.precis.cells.classify;

import org.precis.io.file.Sha256Hex;

/**
 * One encoder's part of a cell's features: the encoder (by shipped name and the SHA-256 of its
 * ONNX model, so that a model file can refuse a different encoder), and the square patch centred on
 * the nucleus it sees, {@code size} px at {@code mpp} µm/px.
 */
public record EncoderField(String encoder, String modelSha256, int size, double mpp, int dimension) {

    public EncoderField {
        if (encoder == null || encoder.isBlank()) {
            throw new IllegalArgumentException("encoder name is missing");
        }
        modelSha256 = Sha256Hex.require("encoder model", modelSha256);
        if (size < 1 || size > 4096 || !(mpp > 0) || !Double.isFinite(mpp) || dimension < 1) {
            throw new IllegalArgumentException(
                    "encoder " + encoder + ": patch " + size + " px at " + mpp + " µm/px, " + dimension + " features");
        }
    }

    /** The field of view in µm. */
    public double fieldUm() {
        return size * mpp;
    }
}
