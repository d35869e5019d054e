package org.precis.demo.steps;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.precis.io.file.AtomicFile;

/**
 * An expression table with genes in rows named {@code symbol|entrez} and raw RSEM counts
 * (TCGAbiolinks' {@code dataBRCA}) turned into the layout {@code molecular pam50} reads: samples in
 * rows, {@code log2(x + 1)} values (PAM50 was built on log-scale data), and an annotation whose
 * {@code EntrezGene.ID} is the number after the bar.
 */
final class GenesInRowsTable {

    private GenesInRowsTable() {}

    /** Writes {@code expression} and {@code annotation} from {@code source}. */
    static void convert(Path source, Path expression, Path annotation) throws IOException {
        List<String> genes = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        String[] samples;
        try (BufferedReader in = Files.newBufferedReader(source, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null) {
                throw new IOException(source + ": empty");
            }
            String[] names = unquote(header.split(",", -1));
            samples = java.util.Arrays.copyOfRange(names, 1, names.length);
            String line;
            int number = 1;
            while ((line = in.readLine()) != null) {
                number++;
                String[] cells = unquote(line.split(",", -1));
                if (cells.length != names.length) {
                    throw new IOException(source + " line " + number + ": " + cells.length + " cells, the header has "
                            + names.length);
                }
                double[] row = new double[samples.length];
                for (int j = 0; j < row.length; j++) {
                    try {
                        row[j] = Math.log(Double.parseDouble(cells[j + 1]) + 1) / Math.log(2);
                    } catch (NumberFormatException e) {
                        throw new IOException(source + " line " + number + ": '" + cells[j + 1] + "' is not a number");
                    }
                }
                genes.add(cells[0]);
                values.add(row);
            }
        }
        AtomicFile.writeString(expression, expressionText(samples, genes, values));
        StringBuilder a = new StringBuilder("probe,EntrezGene.ID\n");
        for (String gene : genes) {
            int bar = gene.lastIndexOf('|');
            a.append('"')
                    .append(gene)
                    .append("\",")
                    .append(bar < 0 ? "" : gene.substring(bar + 1))
                    .append('\n');
        }
        AtomicFile.writeString(annotation, a.toString());
    }

    private static String expressionText(String[] samples, List<String> genes, List<double[]> values) {
        StringBuilder out = new StringBuilder("sample");
        for (String gene : genes) {
            out.append(",\"").append(gene).append('"');
        }
        out.append('\n');
        for (int j = 0; j < samples.length; j++) {
            out.append(samples[j]);
            for (double[] row : values) {
                out.append(',').append(String.format(Locale.ROOT, "%.6f", row[j]));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String[] unquote(String[] cells) {
        for (int i = 0; i < cells.length; i++) {
            String c = cells[i].strip();
            cells[i] = c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"") ? c.substring(1, c.length() - 1) : c;
        }
        return cells;
    }
}
