package org.precis.cli;

/**
 * How {@code --threads N} is shared: ONNX Runtime's intra-op pool gets all N, and {@code readers}
 * threads read and decode tiles beside it. Reading sleeps while it waits for the model, so on N
 * cores the readers take only the cycles the model leaves.
 */
record EmbedThreads(int intraOp, int readers) {

    EmbedThreads {
        if (intraOp < 1 || readers < 1) {
            throw new IllegalArgumentException(
                    "--threads and --readers must be at least 1: " + intraOp + ", " + readers);
        }
    }

    static EmbedThreads of(Integer threads, Integer readers) {
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        return new EmbedThreads(n, readers != null ? readers : Math.max(1, n / 2));
    }
}
