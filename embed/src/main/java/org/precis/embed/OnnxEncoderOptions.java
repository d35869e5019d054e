package org.precis.embed;

/**
 * How an ONNX encoder runs: threads for one operator (ONNX Runtime's intra-op pool) and the most
 * tiles put in one tensor, which bounds the memory of a call whatever the caller passes.
 */
public record OnnxEncoderOptions(int intraOpThreads, int maxBatch) {

    public OnnxEncoderOptions {
        if (intraOpThreads < 1) {
            throw new IllegalArgumentException("intra-op threads must be at least 1: " + intraOpThreads);
        }
        if (maxBatch < 1 || maxBatch > 4096) {
            throw new IllegalArgumentException("max batch must be 1..4096: " + maxBatch);
        }
    }

    /** Two threads, batches of up to 32 tiles. */
    public static OnnxEncoderOptions defaults() {
        return new OnnxEncoderOptions(2, 32);
    }
}
