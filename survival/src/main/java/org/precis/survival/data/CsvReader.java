package org.precis.survival.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** RFC 4180 style records: comma separated, double-quoted fields may hold commas, quotes ("") and newlines. */
final class CsvReader {
  private final BufferedReader in;
  private int line;

  CsvReader(Reader reader) {
    this.in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
  }

  /** The fields of the next record, or an empty list at the end of input. Quoted fields keep their text. */
  List<Field> next() throws IOException {
    List<Field> fields = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean inQuotes = false;
    int c = in.read();
    if (c == -1) {
      return fields;
    }
    line++;
    while (true) {
      if (inQuotes) {
        if (c == -1) {
          throw new IllegalArgumentException("unterminated quoted field starting on line " + line);
        }
        if (c == '"') {
          in.mark(1);
          int d = in.read();
          if (d == '"') {
            cell.append('"');
          } else {
            inQuotes = false;
            if (d != -1) {
              in.reset();
            }
          }
        } else {
          cell.append((char) c);
        }
      } else if (c == '"' && cell.toString().isBlank()) {
        cell.setLength(0);
        inQuotes = true;
        quoted = true;
      } else if (c == ',') {
        fields.add(new Field(cell.toString(), quoted));
        cell.setLength(0);
        quoted = false;
      } else if (c == '\n' || c == -1) {
        fields.add(new Field(stripCr(cell), quoted));
        return fields;
      } else {
        cell.append((char) c);
      }
      c = in.read();
    }
  }

  private static String stripCr(StringBuilder cell) {
    int n = cell.length();
    return n > 0 && cell.charAt(n - 1) == '\r' ? cell.substring(0, n - 1) : cell.toString();
  }

  int line() {
    return line;
  }

  /** A cell's text and whether it was quoted (a quoted "NA" is text, not missing). */
  record Field(String text, boolean quoted) {
    /** The trimmed cell, or null when missing: empty, or an unquoted NA as R writes it. */
    String value() {
      String t = quoted ? text : text.strip();
      if (t.isEmpty() || (!quoted && t.equals("NA"))) {
        return null;
      }
      return t;
    }
  }
}
