package org.precis.slide.spi;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.precis.slide.SlideException;

/**
 * Waiting for work another thread is already doing for the same key (decoding a tile, rendering a
 * Deep Zoom tile), so that it is done once: its result, or its failure rethrown as it was raised.
 */
public final class SharedWork {
    private SharedWork() {}

    /** The other thread's result; its {@link SlideException}, runtime exception or error, unwrapped. */
    public static <V> V await(CompletableFuture<V> work) throws SlideException {
        try {
            return work.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SlideException slideException) {
                throw slideException;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw (Error) cause;
        }
    }
}
