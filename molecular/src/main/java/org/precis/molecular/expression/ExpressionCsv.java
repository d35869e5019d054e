package org.precis.molecular.expression;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.precis.molecular.expression.CsvFieldStream.End;
import org.precis.table.CsvSeparator;
import org.precis.table.InputDataException;

/**
 * Reads an expression CSV: a header of the sample-id column's name and the probe ids, then one
 * record per sample, its id first. Every cell is checked (a number, or empty / {@code NA} for
 * missing); only the probes asked for are kept.
 */
public final class ExpressionCsv {

    private final CsvSeparator separator;

    /** @param separator the field separator, or {@link CsvSeparator#AUTO} to take it from the header */
    public ExpressionCsv(CsvSeparator separator) {
        this.separator = separator;
    }

    /** Reads {@code file}, keeping the values of the probes in {@code keep} that its header has. */
    public ExpressionMatrix read(Path file, Set<String> keep) throws IOException {
        char character = separator.resolve(headerLine(file)).character();
        try (CsvFieldStream fields = new CsvFieldStream(file, Files.newInputStream(file), character)) {
            fields.skipByteOrderMark();
            List<String> probes = header(file, fields);
            int[] kept = new int[probes.size()];
            Arrays.fill(kept, -1);
            List<String> keptProbes = new ArrayList<>();
            for (int j = 0; j < probes.size(); j++) {
                if (keep.contains(probes.get(j))) {
                    kept[j] = keptProbes.size();
                    keptProbes.add(probes.get(j));
                }
            }
            boolean[] hasValue = new boolean[probes.size()];
            List<double[]> rows = new ArrayList<>();
            List<String> samples = new ArrayList<>();
            Map<String, Integer> sampleLines = new HashMap<>();
            while (true) {
                int line = fields.line();
                End end = fields.next();
                if (end == End.FILE) {
                    break;
                }
                if (end == End.RECORD && fields.isEmpty()) {
                    continue; // a blank line
                }
                String sample = fields.text();
                if (sample.isEmpty()) {
                    throw new InputDataException(file, line, "the sample id (first column) is empty");
                }
                Integer earlier = sampleLines.putIfAbsent(sample, line);
                if (earlier != null) {
                    throw new InputDataException(
                            file, line, "sample " + sample + " appears twice (also on line " + earlier + ")");
                }
                double[] row = new double[keptProbes.size()];
                int column = 0;
                while (end == End.SEPARATOR) {
                    if (column == probes.size()) {
                        throw new InputDataException(
                                file, line, "has more fields than the header's " + (probes.size() + 1));
                    }
                    end = fields.next();
                    ExpressionValue.Kind kind = fields.kind();
                    if (kind == ExpressionValue.Kind.NOT_A_NUMBER) {
                        throw new InputDataException(
                                file,
                                line,
                                "column " + (column + 2) + " (probe " + probes.get(column) + "): '" + fields.text()
                                        + "' is not a number");
                    }
                    boolean missing = kind == ExpressionValue.Kind.MISSING;
                    hasValue[column] |= !missing;
                    if (kept[column] >= 0) {
                        row[kept[column]] = missing
                                ? Double.NaN
                                : ExpressionValue.parse(fields.bytes(), fields.start(), fields.end());
                    }
                    column++;
                }
                if (column != probes.size()) {
                    throw new InputDataException(
                            file, line, "has " + (column + 1) + " fields, the header has " + (probes.size() + 1));
                }
                samples.add(sample);
                rows.add(row);
            }
            if (samples.isEmpty()) {
                throw new InputDataException(file, 0, "the table has no samples (rows)");
            }
            Set<String> withValues = new HashSet<>();
            for (int j = 0; j < probes.size(); j++) {
                if (hasValue[j]) {
                    withValues.add(probes.get(j));
                }
            }
            Map<String, double[]> values = new LinkedHashMap<>();
            for (int k = 0; k < keptProbes.size(); k++) {
                double[] column = new double[rows.size()];
                for (int i = 0; i < rows.size(); i++) {
                    column[i] = rows.get(i)[k];
                }
                values.put(keptProbes.get(k), column);
            }
            return new ExpressionMatrix(file, samples, probes, withValues, values, fields.sha256());
        }
    }

    private static List<String> header(Path file, CsvFieldStream fields) throws IOException {
        End end = fields.next();
        if (end == End.FILE) {
            throw new InputDataException(file, 0, "is empty");
        }
        List<String> probes = new ArrayList<>();
        Map<String, Integer> columns = new HashMap<>();
        while (end == End.SEPARATOR) {
            end = fields.next();
            String probe = fields.text();
            int column = probes.size() + 2;
            if (probe.isEmpty()) {
                throw new InputDataException(file, 1, "column " + column + " has no probe id");
            }
            Integer earlier = columns.putIfAbsent(probe, column);
            if (earlier != null) {
                throw new InputDataException(
                        file, 1, "probe " + probe + " is in columns " + earlier + " and " + column);
            }
            probes.add(probe);
        }
        if (probes.isEmpty()) {
            throw new InputDataException(
                    file, 1, "the header has no probe columns (is the separator right? see --sep)");
        }
        return probes;
    }

    private static String headerLine(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file);
                BufferedReader reader = new BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = reader.readLine();
            return line == null ? "" : line;
        }
    }
}
