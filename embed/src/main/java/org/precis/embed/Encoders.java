package org.precis.embed;

import ai.onnxruntime.OrtEnvironment;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Finds and opens encoders: a shipped encoder by name (its model in {@code <data>/models/<name>/})
 * or any descriptor file, run with ONNX Runtime. ONNX Runtime allows one environment per process;
 * it is taken here, so that callers never handle it. Close what {@link #open} returns.
 */
public final class Encoders {

    private final Path dataRoot;
    private final EncoderDescriptors descriptors = new EncoderDescriptors();

    /** {@code dataRoot}: the data folder holding {@code models/}. */
    public Encoders(Path dataRoot) {
        this.dataRoot = Objects.requireNonNull(dataRoot, "dataRoot");
    }

    /**
     * The descriptor of a shipped encoder or of a descriptor file.
     *
     * @throws IllegalArgumentException naming the encoder when it is neither, or the descriptor is bad
     */
    public EncoderDescriptor descriptor(String nameOrPath) throws IOException {
        return descriptors.resolve(nameOrPath, dataRoot);
    }

    /** Opens {@code nameOrPath}'s model (see {@link #open(EncoderDescriptor, OnnxEncoderOptions)}). */
    public OnnxEncoder open(String nameOrPath, OnnxEncoderOptions options) throws IOException, EncoderException {
        return open(descriptor(nameOrPath), options);
    }

    /**
     * Loads the descriptor's model into an ONNX Runtime session, checked against the descriptor.
     *
     * @throws IllegalArgumentException if the model file is missing or does not match the descriptor
     * @throws EncoderException if ONNX Runtime cannot load the model
     */
    public OnnxEncoder open(EncoderDescriptor descriptor, OnnxEncoderOptions options) throws EncoderException {
        return OnnxEncoder.open(OrtEnvironment.getEnvironment(), descriptor, options);
    }
}
