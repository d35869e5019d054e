package org.precis.demo.steps;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.precis.io.file.AtomicFile;
import org.precis.table.CsvRecords;
import org.precis.table.CsvSeparator;
import org.precis.table.CsvText;

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
        CsvRecords records = CsvText.read(source, CsvSeparator.COMMA).records();
        CsvRecords.CsvRecord header = records.next();
        if (header.isEnd()) {
            throw new IOException(source + ": empty");
        }
        String[] samples =
                header.fields().stream().skip(1).map(CsvRecords.Field::text).toArray(String[]::new);
        for (CsvRecords.CsvRecord record = records.next(); !record.isEnd(); record = records.next()) {
            List<CsvRecords.Field> cells = record.fields();
            if (cells.size() != samples.length + 1) {
                throw records.fault(record.line(), cells.size() + " cells, the header has " + (samples.length + 1));
            }
            double[] row = new double[samples.length];
            for (int j = 0; j < row.length; j++) {
                String cell = cells.get(j + 1).text().strip();
                try {
                    row[j] = Math.log(Double.parseDouble(cell) + 1) / Math.log(2);
                } catch (NumberFormatException e) {
                    throw records.fault(record.line(), "'" + cell + "' is not a number");
                }
            }
            genes.add(cells.get(0).text().strip());
            values.add(row);
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
}
