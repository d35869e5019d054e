package org.precis.federation.algorithm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;

/**
 * The largest relative difference between the numbers of two JSON trees of the same shape (field
 * names, array lengths, texts, booleans and nulls must be equal), ignoring the named top-level fields.
 */
final class JsonDifference {
  private double max;
  private String where = "";

  static JsonDifference of(JsonNode expected, JsonNode actual, List<String> ignored) {
    JsonDifference d = new JsonDifference();
    if (!expected.isObject() || !actual.isObject()) {
      throw new AssertionError("not JSON objects");
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
        throw new AssertionError("unexpected field " + f);
      }
    }
    return d;
  }

  double max() {
    return max;
  }

  String where() {
    return where;
  }

  private void walk(JsonNode e, JsonNode a, String path) {
    if (a == null) {
      throw new AssertionError(path + ": missing");
    }
    if (e.isNumber()) {
      if (!a.isNumber()) {
        throw new AssertionError(path + ": expected a number, got " + a);
      }
      if (e.isIntegralNumber() != a.isIntegralNumber()) {
        throw new AssertionError(path + ": expected " + e + ", got " + a);
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
        throw new AssertionError(path + ": expected " + e.size() + " items, got " + a);
      }
      for (int i = 0; i < e.size(); i++) {
        walk(e.get(i), a.get(i), path + "[" + i + "]");
      }
    } else if (e.isObject()) {
      if (!a.isObject() || a.size() != e.size()) {
        throw new AssertionError(path + ": expected " + e + ", got " + a);
      }
      for (Iterator<String> it = e.fieldNames(); it.hasNext(); ) {
        String f = it.next();
        walk(e.get(f), a.get(f), path + "." + f);
      }
    } else if (!e.equals(a)) {
      throw new AssertionError(path + ": expected " + e + ", got " + a);
    }
  }
}
