package org.precis.molecular.pam50;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * genefu's PAM50 output for one dataset, as {@code reference/make_pam50_reference.sh} wrote it with
 * genefu 2.39.1's own R code: one row per sample, NaN where genefu prints NA.
 */
record GenefuReference(List<Row> rows) {

    record Row(
            String sample, String subtype, double[] correlations, double[] probabilities, double rorS, String risk) {}

    static GenefuReference load(String resource) throws IOException {
        try (InputStream in = GenefuReference.class.getResourceAsStream("/reference/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            if (!lines[0].startsWith("sample,subtype,cor_Basal,cor_Her2,cor_LumA,cor_LumB,cor_Normal,proba_Basal")) {
                throw new IllegalStateException("unexpected header " + lines[0]);
            }
            List<Row> rows = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].split(",", -1);
                double[] cor = new double[5];
                double[] prob = new double[5];
                for (int k = 0; k < 5; k++) {
                    cor[k] = number(f[2 + k]);
                    prob[k] = number(f[7 + k]);
                }
                rows.add(new Row(f[0], f[1], cor, prob, number(f[12]), f[13]));
            }
            return new GenefuReference(rows);
        }
    }

    private static double number(String text) {
        return text.equals("NA") ? Double.NaN : Double.parseDouble(text);
    }
}
