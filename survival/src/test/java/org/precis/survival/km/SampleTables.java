package org.precis.survival.km;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A tiny, test-only reader for the R sample tables (plain CSV written by R's write.csv: quoted
 * strings, no embedded commas or quotes, empty cells for NA). Real loading belongs to the data
 * package; this only feeds the reference tests.
 */
final class SampleTables {
    private SampleTables() {}

    static Path dataFolder() {
        return org.precis.testing.SampleData.root();
    }

    /** A table as columns of cells; null for an empty cell. */
    record Table(List<String> header, List<String[]> rows) {
        String[] column(String name) {
            int c = header.indexOf(name);
            if (c < 0) {
                throw new IllegalArgumentException("no column " + name + " in " + header);
            }
            return rows.stream().map(r -> r[c]).toArray(String[]::new);
        }
    }

    static Table read(String dataset) {
        Path file = dataFolder().resolve("samples/clinical/survival_" + dataset + ".csv");
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<String> header = Arrays.asList(split(lines.get(0)));
            List<String[]> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (!line.isEmpty()) {
                    rows.add(split(line));
                }
            }
            return new Table(header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String[] split(String line) {
        String[] cells = line.split(",", -1);
        for (int i = 0; i < cells.length; i++) {
            String c = cells[i];
            if (c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"")) {
                c = c.substring(1, c.length() - 1);
            }
            cells[i] = c.isEmpty() || c.equals("NA") ? null : c;
        }
        return cells;
    }

    /** Times, events and labels of the complete rows, events coded as R's Surv reads them. */
    record Survival(double[] times, boolean[] events, String[] groups, String[] strata) {
        RightCensoredSample sample() {
            return RightCensoredSample.of(times, events);
        }
    }

    static Survival survival(
            String dataset, String timeColumn, String statusColumn, String groupColumn, String strataColumn) {
        Table table = read(dataset);
        String[] t = table.column(timeColumn);
        String[] s = table.column(statusColumn);
        String[] g = groupColumn == null ? null : table.column(groupColumn);
        String[] st = strataColumn == null ? null : table.column(strataColumn);
        List<Integer> keep = new ArrayList<>();
        double maxStatus = 0;
        for (int i = 0; i < t.length; i++) {
            if (t[i] != null && s[i] != null && (g == null || g[i] != null) && (st == null || st[i] != null)) {
                keep.add(i);
                maxStatus = Math.max(maxStatus, Double.parseDouble(s[i]));
            }
        }
        // Surv(): status 1/2 means censored/dead, 0/1 means censored/event
        double eventCode = maxStatus == 2 ? 2 : 1;
        int n = keep.size();
        double[] times = new double[n];
        boolean[] events = new boolean[n];
        String[] groups = g == null ? null : new String[n];
        String[] strata = st == null ? null : new String[n];
        for (int k = 0; k < n; k++) {
            int i = keep.get(k);
            times[k] = Double.parseDouble(t[i]);
            events[k] = Double.parseDouble(s[i]) == eventCode;
            if (g != null) {
                groups[k] = g[i];
            }
            if (st != null) {
                strata[k] = st[i];
            }
        }
        return new Survival(times, events, groups, strata);
    }
}
