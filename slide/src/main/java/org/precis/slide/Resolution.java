package org.precis.slide;

/** At what resolution a region is read: a pyramid level, a downsample, or a physical pixel size. */
public sealed interface Resolution {

    /** A pyramid level, read as it is stored. */
    record Level(int index) implements Resolution {
        public Level {
            if (index < 0) {
                throw new IllegalArgumentException("level must be >= 0: " + index);
            }
        }
    }

    /** Level-0 pixels per output pixel; read from the best level and resampled. */
    record Downsample(double factor) implements Resolution {
        public Downsample {
            if (!(factor > 0) || Double.isInfinite(factor)) {
                throw new IllegalArgumentException("downsample must be positive and finite: " + factor);
            }
        }
    }

    /** Micrometres per output pixel; needs a slide that states its pixel size. */
    record Mpp(double micrometresPerPixel) implements Resolution {
        public Mpp {
            if (!(micrometresPerPixel > 0) || Double.isInfinite(micrometresPerPixel)) {
                throw new IllegalArgumentException("µm/px must be positive and finite: " + micrometresPerPixel);
            }
        }
    }

    static Resolution level(int index) {
        return new Level(index);
    }

    static Resolution mpp(double micrometresPerPixel) {
        return new Mpp(micrometresPerPixel);
    }

    static Resolution downsample(double factor) {
        return new Downsample(factor);
    }
}
