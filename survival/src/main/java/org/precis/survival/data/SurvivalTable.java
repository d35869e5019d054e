package org.precis.survival.data;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.precis.table.CsvRecords;
import org.precis.table.CsvSeparator;
import org.precis.table.CsvText;
import org.precis.table.InputDataException;

/**
 * A rectangular table of named columns, read from a CSV with a header row. Immutable. A table read
 * from a file remembers the file and the line each row starts on, so a fault found later (a time
 * that is not a number, a weight of zero) names them: {@code lung.csv: line 8: ...}, line 1 being
 * the header.
 */
public final class SurvivalTable {
    private final Map<String, Column> columns;
    private final int rows;
    private final Path source;
    private final int[] lines;

    private SurvivalTable(Map<String, Column> columns, int rows, Path source, int[] lines) {
        this.columns = Collections.unmodifiableMap(columns);
        this.rows = rows;
        this.source = source;
        this.lines = lines;
    }

    /** A table from columns of equal length; names must be unique. Its rows are on lines 2, 3, ... */
    public static SurvivalTable of(List<Column> columns) {
        return of(columns, null, null);
    }

    private static SurvivalTable of(List<Column> columns, Path source, int[] lines) {
        Map<String, Column> byName = new LinkedHashMap<>();
        int rows = columns.isEmpty() ? 0 : columns.get(0).size();
        for (Column c : columns) {
            if (c.size() != rows) {
                throw new IllegalArgumentException(
                        "column '" + c.name() + "' has " + c.size() + " rows, expected " + rows);
            }
            if (byName.put(c.name(), c) != null) {
                throw new InputDataException(source, 1, "column '" + c.name() + "' appears twice in the header");
            }
        }
        return new SurvivalTable(byName, rows, source, lines);
    }

    /** Reads a CSV file, its separator taken from the header line (see {@link CsvSeparator#resolve}). */
    public static SurvivalTable readCsv(Path file) throws IOException {
        return readCsv(file, CsvSeparator.AUTO);
    }

    /**
     * Reads a CSV file as hospitals export it: UTF-8 with or without a byte-order mark, or
     * Windows-1252; comma, semicolon or tab separated. A fault names the file and line.
     */
    public static SurvivalTable readCsv(Path file, CsvSeparator separator) throws IOException {
        return read(CsvText.read(file, separator));
    }

    public static SurvivalTable parseCsv(String text) {
        return read(CsvText.of(null, text, CsvSeparator.AUTO, StandardCharsets.UTF_8));
    }

    /** Reads CSV text from a reader, as {@link #parseCsv(String)}. */
    public static SurvivalTable readCsv(Reader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
            text.append(buffer, 0, n);
        }
        return parseCsv(text.toString());
    }

    /** Reads a header row and records of the same width; blank lines are skipped. */
    private static SurvivalTable read(CsvText text) {
        CsvRecords csv = text.records();
        CsvRecords.CsvRecord header = csv.next();
        if (header.isEnd()) {
            throw csv.fault(0, "empty CSV: no header row");
        }
        List<String> names = new ArrayList<>();
        for (CsvRecords.Field f : header.fields()) {
            String name = f.text().strip();
            if (name.isEmpty()) {
                throw csv.fault(header.line(), "header column " + (names.size() + 1) + " has no name");
            }
            names.add(name);
        }
        List<String[]> records = new ArrayList<>();
        List<Integer> recordLines = new ArrayList<>();
        for (CsvRecords.CsvRecord rec = csv.next(); !rec.isEnd(); rec = csv.next()) {
            if (rec.isBlank() && names.size() > 1) {
                continue;
            }
            if (rec.fields().size() != names.size()) {
                throw csv.fault(
                        rec.line(),
                        "has " + rec.fields().size() + " fields but the header has " + names.size() + " (separator '"
                                + printable(text.separator()) + "')");
            }
            String[] cells = new String[names.size()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = rec.fields().get(i).value();
            }
            records.add(cells);
            recordLines.add(rec.line());
        }
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            String[] cells = new String[records.size()];
            for (int r = 0; r < cells.length; r++) {
                cells[r] = records.get(r)[c];
            }
            columns.add(Column.fromCells(names.get(c), cells));
        }
        return of(
                columns,
                text.file(),
                recordLines.stream().mapToInt(Integer::intValue).toArray());
    }

    private static String printable(CsvSeparator separator) {
        return separator == CsvSeparator.TAB ? "\\t" : String.valueOf(separator.character());
    }

    /** The file the table was read from; empty for a table built in memory. */
    public Optional<Path> source() {
        return Optional.ofNullable(source);
    }

    /** The 1-based line of the file where a row (0-based) starts; header = line 1. */
    public int line(int row) {
        return lines == null ? row + 2 : lines[row];
    }

    /** A fault in a row's data, naming the file and the line. */
    public InputDataException fault(int row, String problem) {
        return new InputDataException(source, line(row), problem);
    }

    /** A fault in the table's data as a whole (no row), naming the file. */
    public InputDataException fault(String problem) {
        return new InputDataException(source, 0, problem);
    }

    /** The named column, which must be numeric; a cell that is not a number fails naming its line. */
    public Column numericColumn(String name) {
        Column c = column(name);
        if (!c.isNumeric()) {
            int row = c.firstNonNumericRow();
            if (row < 0) {
                throw fault("column '" + name + "' must be numeric");
            }
            throw fault(
                    row,
                    "column '" + name + "' must be numeric but holds '"
                            + c.text(row).orElseThrow() + "'");
        }
        return c;
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
            throw new IllegalArgumentException("unknown column '" + name + "'" + (source == null ? "" : " in " + source)
                    + "; the table has " + columns.keySet());
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
        return of(out, source, lines);
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
        int[] selectedLines = new int[rowIndices.length];
        for (int i = 0; i < rowIndices.length; i++) {
            selectedLines[i] = line(rowIndices[i]);
        }
        return of(out, source, selectedLines);
    }
}
