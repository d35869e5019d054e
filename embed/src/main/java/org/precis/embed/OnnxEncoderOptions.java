package org.precis.embed;

import java.util.Objects;

/**
 * How an ONNX encoder runs: threads for one operator (ONNX Runtime's intra-op pool), the most
 * tiles put in one tensor, which bounds the memory of a call whatever the caller passes, and what
 * the pool's threads do between operators.
 */
public record OnnxEncoderOptions(int intraOpThreads, int maxBatch, IdleThreads idleThreads) {

    /** What ONNX Runtime's intra-op threads do while they wait for work. */
    public enum IdleThreads {
        /** Spin (ONNX Runtime's default): lowest latency when the model has the cores to itself. */
        SPIN,
        /** Sleep: leaves the cores to other work between operators, such as decoding the next tiles. */
        SLEEP
    }

    public OnnxEncoderOptions {
        if (intraOpThreads < 1) {
            throw new IllegalArgumentException("intra-op threads must be at least 1: " + intraOpThreads);
        }
        if (maxBatch < 1 || maxBatch > 4096) {
            throw new IllegalArgumentException("max batch must be 1..4096: " + maxBatch);
        }
        Objects.requireNonNull(idleThreads, "idleThreads");
    }

    /** Spinning threads, as ONNX Runtime's default. */
    public OnnxEncoderOptions(int intraOpThreads, int maxBatch) {
        this(intraOpThreads, maxBatch, IdleThreads.SPIN);
    }

    /** Two threads, batches of up to 32 tiles. */
    public static OnnxEncoderOptions defaults() {
        return new OnnxEncoderOptions(2, 32);
    }
}
