package org.precis.demo.cohort;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;

/**
 * The largest relative difference |a - b| / max(|a|, |b|) between the numbers of two results of
 * the same JSON shape, and where it lies; ignored top-level fields aside, the shapes (field
 * names, array lengths, texts, booleans, nulls, whole versus fractional numbers) must be equal,
 * else {@link IllegalArgumentException} names the first place they differ.
 *
 * @param max the largest relative difference, 0 when the numbers are equal
 * @param where the path of that number and both values
 */
public record ResultDifference(double max, String where) {

    /** Compares {@code actual} with {@code expected}, leaving out the named top-level fields. */
    public static ResultDifference of(JsonNode expected, JsonNode actual, List<String> ignored) {
        Walk d = new Walk();
        if (!expected.isObject() || !actual.isObject()) {
            throw new IllegalArgumentException("results must be JSON objects");
        }
        for (Iterator<String> it = expected.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!ignored.contains(f)) {
                d.walk(expected.get(f), actual.get(f), f);
            }
        }
        for (Iterator<String> it = actual.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!ignored.contains(f) && !expected.has(f)) {
                throw new IllegalArgumentException("unexpected field " + f);
            }
        }
        return new ResultDifference(d.max, d.where);
    }

    /** The walk over both trees, keeping the largest difference so far. */
    private static final class Walk {
        private double max;
        private String where = "";

        private void walk(JsonNode e, JsonNode a, String path) {
            if (a == null) {
                throw new IllegalArgumentException(path + ": missing");
            }
            if (e.isNumber()) {
                if (!a.isNumber()) {
                    throw new IllegalArgumentException(path + ": expected a number, got " + a);
                }
                if (e.isIntegralNumber() != a.isIntegralNumber()) {
                    throw new IllegalArgumentException(path + ": expected " + e + ", got " + a);
                }
                double x = e.asDouble();
                double y = a.asDouble();
                double scale = Math.max(Math.abs(x), Math.abs(y));
                double rel = x == y ? 0 : Math.abs(x - y) / scale;
                if (rel > max) {
                    max = rel;
                    where = path + " (" + x + " vs " + y + ")";
                }
            } else if (e.isArray()) {
                if (!a.isArray() || a.size() != e.size()) {
                    throw new IllegalArgumentException(path + ": expected " + e.size() + " items, got " + a);
                }
                for (int i = 0; i < e.size(); i++) {
                    walk(e.get(i), a.get(i), path + "[" + i + "]");
                }
            } else if (e.isObject()) {
                if (!a.isObject() || a.size() != e.size()) {
                    throw new IllegalArgumentException(path + ": expected " + e + ", got " + a);
                }
                for (Iterator<String> it = e.fieldNames(); it.hasNext(); ) {
                    String f = it.next();
                    walk(e.get(f), a.get(f), path + "." + f);
                }
            } else if (!e.equals(a)) {
                throw new IllegalArgumentException(path + ": expected " + e + ", got " + a);
            }
        }
    }
}
