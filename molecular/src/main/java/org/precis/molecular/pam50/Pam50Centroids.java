package org.precis.molecular.pam50;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The PAM50 centroids: for each of the 50 genes (symbol and Entrez Gene id), its centroid value in
 * each of the five subtypes. {@link #genefu()} is genefu 2.39.1's set, shared by its {@code pam50},
 * {@code pam50.robust} and {@code pam50.scale} models (Artistic-2.0, exported from
 * {@code data/pam50.rda}).
 *
 * @param genes the gene symbols as genefu keeps them (from 2009: {@code CDCA1}, {@code ORC6L}, ...)
 * @param entrezGeneIds the Entrez Gene id of each gene, the key genes are mapped by
 * @param values {@code values[gene][subtype]} in {@link Pam50Subtype} order
 */
public record Pam50Centroids(List<String> genes, List<String> entrezGeneIds, double[][] values) {

    static final String RESOURCE = "pam50_centroids.csv";

    public Pam50Centroids {
        genes = List.copyOf(genes);
        entrezGeneIds = List.copyOf(entrezGeneIds);
        if (genes.size() != entrezGeneIds.size() || genes.size() != values.length) {
            throw new IllegalArgumentException("centroids need one symbol, id and row per gene");
        }
        double[][] copy = new double[values.length][];
        for (int g = 0; g < values.length; g++) {
            if (values[g].length != Pam50Subtype.values().length) {
                throw new IllegalArgumentException("gene " + genes.get(g) + " needs one value per subtype");
            }
            copy[g] = values[g].clone();
        }
        values = copy;
    }

    /** genefu 2.39.1's PAM50 centroids. */
    public static Pam50Centroids genefu() {
        try (InputStream in = Pam50Centroids.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the PAM50 centroids are missing from the jar");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name provenance records for this set. */
    public static String genefuName() {
        return "genefu 2.39.1 pam50 centroids (" + RESOURCE + ")";
    }

    public int geneCount() {
        return genes.size();
    }

    /** The centroid value of gene {@code g} (row) in {@code subtype}. */
    public double value(int gene, Pam50Subtype subtype) {
        return values[gene][subtype.ordinal()];
    }

    private static Pam50Centroids parse(BufferedReader reader) throws IOException {
        String header = reader.readLine();
        if (header == null
                || !header.equals("\"gene\",\"EntrezGene.ID\",\"Basal\",\"Her2\",\"LumA\",\"LumB\",\"Normal\"")) {
            throw new IllegalStateException("the PAM50 centroid table has an unexpected header: " + header);
        }
        List<String> genes = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String[] fields = line.split(",");
            genes.add(fields[0].replace("\"", ""));
            ids.add(fields[1]);
            double[] row = new double[Pam50Subtype.values().length];
            for (int k = 0; k < row.length; k++) {
                row[k] = Double.parseDouble(fields[2 + k]);
            }
            rows.add(row);
        }
        return new Pam50Centroids(genes, ids, rows.toArray(double[][]::new));
    }
}
