package org.precis.survival.data;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A rectangular table of named columns, read from a CSV with a header row. Immutable. */
public final class SurvivalTable {
  private final Map<String, Column> columns;
  private final int rows;

  private SurvivalTable(Map<String, Column> columns, int rows) {
    this.columns = Collections.unmodifiableMap(columns);
    this.rows = rows;
  }

  /** A table from columns of equal length; names must be unique. */
  public static SurvivalTable of(List<Column> columns) {
    Map<String, Column> byName = new LinkedHashMap<>();
    int rows = columns.isEmpty() ? 0 : columns.get(0).size();
    for (Column c : columns) {
      if (c.size() != rows) {
        throw new IllegalArgumentException("column '" + c.name() + "' has " + c.size() + " rows, expected " + rows);
      }
      if (byName.put(c.name(), c) != null) {
        throw new IllegalArgumentException("duplicate column '" + c.name() + "'");
      }
    }
    return new SurvivalTable(byName, rows);
  }

  public static SurvivalTable readCsv(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return readCsv(r);
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(file + ": not UTF-8 text", e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  public static SurvivalTable parseCsv(String text) {
    try {
      return readCsv(new StringReader(text));
    } catch (IOException e) {
      throw new IllegalStateException("reading a string cannot fail", e);
    }
  }

  /** Reads a header row and records of the same width; blank lines are skipped. */
  public static SurvivalTable readCsv(Reader reader) throws IOException {
    CsvReader csv = new CsvReader(reader);
    List<CsvReader.Field> header = csv.next();
    if (header.isEmpty()) {
      throw new IllegalArgumentException("empty CSV: no header row");
    }
    List<String> names = new ArrayList<>();
    for (CsvReader.Field f : header) {
      String name = f.text().strip();
      if (name.isEmpty()) {
        throw new IllegalArgumentException("header column " + (names.size() + 1) + " has no name");
      }
      names.add(name);
    }
    List<String[]> records = new ArrayList<>();
    for (List<CsvReader.Field> rec = csv.next(); !rec.isEmpty(); rec = csv.next()) {
      if (rec.size() == 1 && rec.get(0).value() == null && names.size() > 1) {
        continue;
      }
      if (rec.size() != names.size()) {
        throw new IllegalArgumentException("line " + csv.line() + " has " + rec.size()
            + " fields but the header has " + names.size());
      }
      String[] cells = new String[rec.size()];
      for (int i = 0; i < cells.length; i++) {
        cells[i] = rec.get(i).value();
      }
      records.add(cells);
    }
    List<Column> columns = new ArrayList<>();
    for (int c = 0; c < names.size(); c++) {
      String[] cells = new String[records.size()];
      for (int r = 0; r < cells.length; r++) {
        cells[r] = records.get(r)[c];
      }
      columns.add(Column.fromCells(names.get(c), cells));
    }
    return of(columns);
  }

  public int rowCount() {
    return rows;
  }

  public List<String> columnNames() {
    return List.copyOf(columns.keySet());
  }

  public boolean hasColumn(String name) {
    return columns.containsKey(name);
  }

  /** The named column; an unknown name fails listing the columns there are. */
  public Column column(String name) {
    Column c = columns.get(name);
    if (c == null) {
      throw new IllegalArgumentException("unknown column '" + name + "'; the table has " + columns.keySet());
    }
    return c;
  }

  /** This table with {@code column} replacing the column of the same name, or added last. */
  public SurvivalTable withColumn(Column column) {
    List<Column> out = new ArrayList<>(columns.values());
    int at = columnNames().indexOf(column.name());
    if (at >= 0) {
      out.set(at, column);
    } else {
      out.add(column);
    }
    return of(out);
  }

  /** A table of the given rows, in the given order (rows may repeat). */
  public SurvivalTable select(int[] rowIndices) {
    for (int r : rowIndices) {
      if (r < 0 || r >= rows) {
        throw new IllegalArgumentException("row " + r + " outside 0.." + (rows - 1));
      }
    }
    List<Column> out = new ArrayList<>();
    for (Column c : columns.values()) {
      out.add(c.select(rowIndices));
    }
    return of(out);
  }
}
