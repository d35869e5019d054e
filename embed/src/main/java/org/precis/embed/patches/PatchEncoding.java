package org.precis.embed.patches;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.precis.embed.EncoderDescriptor;
import org.precis.embed.EncoderException;
import org.precis.embed.Encoders;
import org.precis.embed.OnnxEncoder;
import org.precis.embed.OnnxEncoderOptions;

/**
 * An encoder opened for embedding patch images, with the threads that decode them: the ONNX
 * session, the image loaders and the {@link PatchEmbedder} over both, closed together.
 */
public final class PatchEncoding implements AutoCloseable {

    private final OnnxEncoder encoder;
    private final ExecutorService loaders;
    private final String encoderSha256;
    private final PatchEmbedder embedder;

    private PatchEncoding(OnnxEncoder encoder, ExecutorService loaders, String encoderSha256) {
        this.encoder = encoder;
        this.loaders = loaders;
        this.encoderSha256 = encoderSha256;
        this.embedder = new PatchEmbedder(encoder, encoderSha256, loaders);
    }

    /**
     * Opens {@code descriptor}'s model with {@code options} and {@code loaderThreads} image
     * decoding threads.
     *
     * @throws IllegalArgumentException if the model file is missing or does not match the descriptor
     */
    public static PatchEncoding open(
            Encoders encoders, EncoderDescriptor descriptor, OnnxEncoderOptions options, int loaderThreads)
            throws IOException, EncoderException {
        if (loaderThreads < 1) {
            throw new IllegalArgumentException("at least one image loader thread is needed: " + loaderThreads);
        }
        OnnxEncoder encoder = encoders.open(descriptor, options);
        ExecutorService loaders = null;
        try {
            String sha256 = PatchEmbedder.modelSha256(encoder);
            loaders = Executors.newFixedThreadPool(loaderThreads);
            return new PatchEncoding(encoder, loaders, sha256);
        } catch (IOException | RuntimeException e) {
            if (loaders != null) {
                loaders.shutdownNow();
            }
            encoder.close();
            throw e;
        }
    }

    public PatchEmbedder embedder() {
        return embedder;
    }

    public EncoderDescriptor descriptor() {
        return encoder.descriptor();
    }

    /** SHA-256 of the encoder's model file, as recipes record it. */
    public String encoderSha256() {
        return encoderSha256;
    }

    @Override
    public void close() {
        loaders.shutdownNow();
        encoder.close();
    }
}
