package org.precis.federation.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Set;

/**
 * The largest relative difference between the numbers of a federated result and its pooled
 * reference, walking the reference's fields (fields only the federated result has, such as the list
 * of sites or the grid, are not compared). A field missing from the federated result, or of another
 * shape, is an IllegalStateException: the two are not the same analysis.
 */
record RelativeDifference(double max, String where) {
  static RelativeDifference between(JsonNode pooled, JsonNode federated, Set<String> ignored) {
    Walk walk = new Walk();
    for (Iterator<String> fields = pooled.fieldNames(); fields.hasNext(); ) {
      String field = fields.next();
      if (!ignored.contains(field)) {
        walk.compare(pooled.get(field), federated.get(field), field);
      }
    }
    return new RelativeDifference(walk.max, walk.where);
  }

  private static final class Walk {
    private double max;
    private String where = "";

    void compare(JsonNode expected, JsonNode actual, String path) {
      if (actual == null) {
        throw new IllegalStateException("the federated result has no '" + path + "'");
      }
      if (expected.isNumber() && actual.isNumber()) {
        double x = expected.asDouble();
        double y = actual.asDouble();
        double difference = x == y ? 0 : Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y));
        if (difference > max) {
          max = difference;
          where = path;
        }
      } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
        for (int i = 0; i < expected.size(); i++) {
          compare(expected.get(i), actual.get(i), path + "[" + i + "]");
        }
      } else if (expected.isObject() && actual.isObject()) {
        for (Iterator<String> fields = expected.fieldNames(); fields.hasNext(); ) {
          String field = fields.next();
          compare(expected.get(field), actual.get(field), path + "." + field);
        }
      } else if (!expected.equals(actual)) {
        throw new IllegalStateException(path + ": pooled " + expected + ", federated " + actual);
      }
    }
  }
}
