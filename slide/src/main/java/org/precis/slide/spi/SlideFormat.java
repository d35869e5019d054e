package org.precis.slide.spi;

import org.precis.slide.Slide;
import org.precis.slide.SlideException;

/**
 * A file format Precis can read, found by {@code ServiceLoader}. Each format says how well it
 * can open a file; the best score wins.
 */
public interface SlideFormat {

    /** Short name, for messages. */
    String name();

    /**
     * How well this format reads the file: 0 for not at all, higher is better. Must not throw
     * for any content; a file it cannot make sense of scores 0.
     */
    int score(SlideProbe probe);

    /** Opens the file. */
    Slide open(SlideProbe probe, SlideContext context) throws SlideException;
}
