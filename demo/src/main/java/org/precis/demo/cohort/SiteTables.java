package org.precis.demo.cohort;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.precis.io.file.AtomicFile;
import org.precis.survival.data.Column;
import org.precis.survival.data.SurvivalTable;

/** The site tables of a demo cohort as one pooled table (with a {@code site} column) and as CSV files. */
public final class SiteTables {
    /** The pooled table's column naming each row's site. */
    public static final String SITE_COLUMN = "site";

    private SiteTables() {}

    /**
     * All sites' rows in one table, the sites in the map's order, with a text column {@code site}
     * added last; the sites must have the same columns.
     */
    public static SurvivalTable pooled(Map<String, SurvivalTable> sites) {
        if (sites.isEmpty()) {
            throw new IllegalArgumentException("no sites to pool");
        }
        List<String> names = sites.values().iterator().next().columnNames();
        if (names.contains(SITE_COLUMN)) {
            throw new IllegalArgumentException("the site tables already have a column '" + SITE_COLUMN + "'");
        }
        int rows = 0;
        for (Map.Entry<String, SurvivalTable> e : sites.entrySet()) {
            if (!e.getValue().columnNames().equals(names)) {
                throw new IllegalArgumentException("site " + e.getKey() + " has columns "
                        + e.getValue().columnNames() + ", the first site " + names);
            }
            rows += e.getValue().rowCount();
        }
        List<Column> columns = new ArrayList<>();
        for (String name : names) {
            boolean numeric =
                    sites.values().stream().allMatch(t -> t.column(name).isNumeric());
            double[] numbers = new double[rows];
            String[] texts = new String[rows];
            int at = 0;
            for (SurvivalTable t : sites.values()) {
                Column c = t.column(name);
                for (int r = 0; r < t.rowCount(); r++, at++) {
                    if (numeric) {
                        numbers[at] = c.isMissing(r) ? Double.NaN : c.number(r).getAsDouble();
                    } else {
                        texts[at] = c.text(r).orElse(null);
                    }
                }
            }
            columns.add(numeric ? Column.numeric(name, numbers) : Column.text(name, texts));
        }
        String[] site = new String[rows];
        int at = 0;
        for (Map.Entry<String, SurvivalTable> e : sites.entrySet()) {
            for (int r = 0; r < e.getValue().rowCount(); r++) {
                site[at++] = e.getKey();
            }
        }
        columns.add(Column.text(SITE_COLUMN, site));
        return SurvivalTable.of(columns);
    }

    /**
     * Writes each site's table as {@code folder/SITE.csv} (header row, missing cells empty, text
     * quoted, numbers as Java writes them so they read back exactly), each through a temporary
     * file renamed when complete. Returns the files by site.
     */
    public static Map<String, Path> writeCsv(Map<String, SurvivalTable> sites, Path folder) throws IOException {
        Files.createDirectories(folder);
        Map<String, Path> out = new LinkedHashMap<>();
        for (Map.Entry<String, SurvivalTable> e : sites.entrySet()) {
            if (!e.getKey().matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
                throw new IllegalArgumentException("site name '" + e.getKey() + "' is not a safe file name");
            }
            Path file = folder.resolve(e.getKey() + ".csv");
            SurvivalTable table = e.getValue();
            AtomicFile.write(file, bytes -> {
                Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                write(table, w);
                w.flush();
            });
            out.put(e.getKey(), file);
        }
        return out;
    }

    static void write(SurvivalTable table, Writer w) throws IOException {
        List<String> names = table.columnNames();
        List<String> header = new ArrayList<>();
        for (String n : names) {
            header.add(quote(n));
        }
        w.write(String.join(",", header));
        w.write('\n');
        for (int r = 0; r < table.rowCount(); r++) {
            List<String> cells = new ArrayList<>();
            for (String n : names) {
                Column c = table.column(n);
                cells.add(
                        c.isMissing(r)
                                ? ""
                                : c.isNumeric()
                                        ? c.text(r).get()
                                        : quote(c.text(r).get()));
            }
            w.write(String.join(",", cells));
            w.write('\n');
        }
    }

    private static String quote(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
