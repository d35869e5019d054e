package org.precis.federation.algorithm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A shared, public time grid {@code 0, step, 2 step, ..., points * step} onto which sites coarsen
 * follow-up times before anything time-related is summed. The coarsening, exactly as computed
 * here in IEEE doubles: a time t goes to grid point {@code k = ceil(t / step)}, i.e. is rounded
 * up to the next grid point (a time on a grid point stays there), and becomes {@code k * step};
 * beyond the last point ({@code k > points}) the subject is censored at the last point
 * (administrative censoring at the grid's horizon).
 *
 * @param step grid spacing, in the time column's unit (a month of days is 365.25 / 12)
 * @param points number of grid points after 0
 */
public record TimeGrid(double step, int points) {
    /** Upper bound on grid points, so a request cannot make a site allocate without limit. */
    public static final int MAX_POINTS = 100_000;

    /** A month in days: 365.25 / 12. */
    public static final double MONTH_DAYS = 365.25 / 12;

    public TimeGrid {
        if (!(step > 0) || Double.isInfinite(step)) {
            throw new IllegalArgumentException("grid step must be a finite number > 0, got " + step);
        }
        if (points < 1 || points > MAX_POINTS) {
            throw new IllegalArgumentException("grid points must be 1.." + MAX_POINTS + ", got " + points);
        }
    }

    /** The grid index of a time >= 0, before the horizon is applied: {@code ceil(t / step)}. */
    public long index(double time) {
        if (!(time >= 0) || Double.isInfinite(time)) {
            throw new IllegalArgumentException("time " + time + " must be a finite number >= 0");
        }
        return (long) Math.ceil(time / step);
    }

    /** The grid index the coarsened time sits on: {@code min(ceil(t / step), points)}. */
    public int coarsenedIndex(double time) {
        return (int) Math.min(index(time), points);
    }

    /** The coarsened time. */
    public double coarsen(double time) {
        return coarsenedIndex(time) * step;
    }

    /** Whether an event at this time is still an event after coarsening (not beyond the horizon). */
    public boolean keepsEvent(double time) {
        return index(time) <= points;
    }

    /** The time of grid point {@code k}. */
    public double time(int k) {
        return k * step;
    }

    ObjectNode toJson() {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("step", step);
        out.put("points", points);
        return out;
    }

    static TimeGrid read(String algorithm, JsonNode node) {
        if (node == null
                || !node.isObject()
                || !node.path("step").isNumber()
                || !node.path("points").canConvertToInt()
                || !node.path("points").isIntegralNumber()) {
            throw new IllegalArgumentException(algorithm + ": study parameter 'grid' must be {\"step\": number,"
                    + " \"points\": whole number}, got " + node);
        }
        try {
            return new TimeGrid(node.get("step").asDouble(), node.get("points").asInt());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(algorithm + ": study parameter 'grid': " + e.getMessage(), e);
        }
    }
}
