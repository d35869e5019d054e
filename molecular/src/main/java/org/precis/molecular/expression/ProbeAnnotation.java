package org.precis.molecular.expression;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.precis.table.CsvRecords;
import org.precis.table.CsvRecords.CsvRecord;
import org.precis.table.CsvSeparator;
import org.precis.table.CsvText;
import org.precis.table.InputDataException;

/**
 * A probe annotation: which gene each probe of an array measures, by Entrez Gene id.
 *
 * @param file the annotation file
 * @param probes the rows in file order (genefu breaks ties between probes of one gene by this order)
 */
public record ProbeAnnotation(Path file, List<AnnotatedProbe> probes) {

    static final String PROBE = "probe";
    static final String ENTREZ_GENE_ID = "EntrezGene.ID";

    public ProbeAnnotation {
        probes = List.copyOf(probes);
    }

    /** Reads an annotation with columns {@code probe} and {@code EntrezGene.ID} (others are ignored). */
    public static ProbeAnnotation read(Path file, CsvSeparator separator) throws IOException {
        CsvRecords records = CsvText.read(file, separator).records();
        CsvRecord header = records.next();
        int probeColumn = column(records, header, PROBE);
        int geneColumn = column(records, header, ENTREZ_GENE_ID);
        List<AnnotatedProbe> probes = new ArrayList<>();
        Map<String, Integer> lines = new HashMap<>();
        for (CsvRecord record = records.next(); !record.isEnd(); record = records.next()) {
            if (record.isBlank()) {
                continue;
            }
            if (record.fields().size() != header.fields().size()) {
                throw records.fault(
                        record.line(),
                        "has " + record.fields().size() + " fields, the header has "
                                + header.fields().size());
            }
            String probe = record.fields().get(probeColumn).value();
            if (probe == null) {
                throw records.fault(record.line(), "the probe id is missing");
            }
            Integer earlier = lines.putIfAbsent(probe, record.line());
            if (earlier != null) {
                throw records.fault(
                        record.line(), "probe " + probe + " is annotated twice (also on line " + earlier + ")");
            }
            String gene = record.fields().get(geneColumn).value();
            probes.add(
                    new AnnotatedProbe(probe, Optional.ofNullable(gene).map(ProbeAnnotation::geneId), record.line()));
        }
        if (probes.isEmpty()) {
            throw new InputDataException(file, 0, "the annotation has no probes");
        }
        return new ProbeAnnotation(file, probes);
    }

    /** The probe ids, for checking which a table's header or first column holds. */
    public Map<String, AnnotatedProbe> byProbe() {
        Map<String, AnnotatedProbe> map = new HashMap<>();
        probes.forEach(p -> map.put(p.probe(), p));
        return map;
    }

    private static int column(CsvRecords records, CsvRecord header, String name) {
        for (int i = 0; i < header.fields().size(); i++) {
            if (name.equals(header.fields().get(i).value())) {
                return i;
            }
        }
        throw records.fault(1, "no column " + name + " (a probe annotation has columns probe and EntrezGene.ID)");
    }

    /**
     * The id as genefu compares it: R reads a numeric column and turns it to text, so {@code 2099.0}
     * and {@code 02099} are both {@code 2099}; text that is not a number is kept as written.
     */
    private static String geneId(String text) {
        try {
            BigDecimal number = new BigDecimal(text);
            return number.stripTrailingZeros().scale() <= 0
                    ? number.toBigIntegerExact().toString()
                    : text;
        } catch (NumberFormatException | ArithmeticException notAnInteger) {
            return text;
        }
    }
}
