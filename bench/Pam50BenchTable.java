import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a large expression table and its annotation for bench/pam50.sh by resampling the shared
 * genefu sets (vdxs: Affymetrix, nkis: Agilent). Each generated sample takes a random vdxs sample's
 * values on the vdxs probes and a random nkis sample's on the nkis probes (missing stays missing);
 * the remaining columns are noisy copies of real probes (value + N(0, 0.1)), annotated to made-up
 * genes except one copy of each probe of a PAM50 gene, which keeps its gene (so genes have several
 * probes and genefu's probe choice has work to do). Values are written with 3 decimals.
 *
 * java bench/Pam50BenchTable.java DATA_DIR SAMPLES PROBES SEED OUT_EXPRESSION OUT_ANNOTATION
 */
public class Pam50BenchTable {

    record Table(List<String> samples, List<String> probes, double[][] values, List<String> genes) {}

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args[0]);
        int samples = Integer.parseInt(args[1]);
        int probes = Integer.parseInt(args[2]);
        SplittableRandom random = new SplittableRandom(Long.parseLong(args[3]));
        Table vdxs = read(data.resolve("genefu_vdxs_expression.csv"), data.resolve("genefu_vdxs_annotation.csv"));
        Table nkis = read(data.resolve("genefu_nkis_expression.csv"), data.resolve("genefu_nkis_annotation.csv"));
        List<String> pam50 = new ArrayList<>();
        for (String line : Files.readAllLines(data.resolve("genefu_pam50_centroids.csv")).subList(1, 51)) {
            pam50.add(line.split(",")[1]);
        }
        int real = vdxs.probes().size() + nkis.probes().size();
        if (probes < real) {
            throw new IllegalArgumentException("at least " + real + " probes");
        }
        // column c: source set (0 vdxs, 1 nkis), source probe, noise or not, name, gene
        int[] set = new int[probes];
        int[] source = new int[probes];
        String[] name = new String[probes];
        String[] gene = new String[probes];
        for (int c = 0; c < probes; c++) {
            int k = c % real;
            int copy = c / real;
            set[c] = k < vdxs.probes().size() ? 0 : 1;
            source[c] = set[c] == 0 ? k : k - vdxs.probes().size();
            Table t = set[c] == 0 ? vdxs : nkis;
            String probe = t.probes().get(source[c]);
            String g = t.genes().get(source[c]);
            name[c] = copy == 0 ? probe : probe + "_copy" + copy;
            gene[c] = copy == 0 || (copy == 1 && pam50.contains(g)) ? g : Integer.toString(900_000_000 + c);
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[5])), 1 << 20)) {
            out.write("\"probe\",\"EntrezGene.ID\"\n".getBytes(StandardCharsets.US_ASCII));
            for (int c = 0; c < probes; c++) {
                out.write(("\"" + name[c] + "\"," + (gene[c].isEmpty() ? "NA" : gene[c]) + "\n").getBytes(StandardCharsets.US_ASCII));
            }
        }
        byte[] digits = new byte[32];
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[4])), 1 << 22)) {
            StringBuilder header = new StringBuilder("\"sample\"");
            for (String n : name) {
                header.append(",\"").append(n).append('"');
            }
            out.write(header.append('\n').toString().getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < samples; i++) {
                int a = random.nextInt(vdxs.samples().size());
                int b = random.nextInt(nkis.samples().size());
                out.write(("\"S" + (i + 1) + "_" + vdxs.samples().get(a) + "_" + nkis.samples().get(b) + "\"")
                        .getBytes(StandardCharsets.US_ASCII));
                for (int c = 0; c < probes; c++) {
                    out.write(',');
                    double v = (set[c] == 0 ? vdxs.values()[a] : nkis.values()[b])[source[c]];
                    if (Double.isNaN(v)) {
                        continue;
                    }
                    if (c >= real) {
                        v += 0.1 * random.nextGaussian();
                    }
                    long m = Math.round(v * 1000);
                    if (m < 0) {
                        out.write('-');
                        m = -m;
                    }
                    int n = 0;
                    do {
                        digits[n++] = (byte) ('0' + m % 10);
                        m /= 10;
                    } while (m > 0 || n < 4);
                    for (int d = n - 1; d >= 0; d--) {
                        out.write(digits[d]);
                        if (d == 3) {
                            out.write('.');
                        }
                    }
                }
                out.write('\n');
            }
        }
    }

    static Table read(Path expression, Path annotation) throws IOException {
        List<String> lines = Files.readAllLines(expression);
        String[] header = lines.get(0).split(",", -1);
        List<String> probes = new ArrayList<>();
        for (int j = 1; j < header.length; j++) {
            probes.add(header[j].replace("\"", ""));
        }
        List<String> samples = new ArrayList<>();
        double[][] values = new double[lines.size() - 1][];
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split(",", -1);
            samples.add(f[0].replace("\"", ""));
            values[i - 1] = new double[probes.size()];
            for (int j = 1; j < f.length; j++) {
                values[i - 1][j - 1] = f[j].isEmpty() || f[j].equals("NA") ? Double.NaN : Double.parseDouble(f[j]);
            }
        }
        java.util.Map<String, String> genes = new java.util.HashMap<>();
        // the annotation's probe and EntrezGene.ID are its first two columns, never quoted with commas
        List<String> annotationLines = Files.readAllLines(annotation);
        for (String line : annotationLines.subList(1, annotationLines.size())) {
            String[] f = line.split(",", 3);
            if (f.length >= 2) {
                genes.put(f[0].replace("\"", ""), f[1].equals("NA") ? "" : f[1]);
            }
        }
        List<String> g = new ArrayList<>();
        for (String p : probes) {
            g.add(genes.getOrDefault(p, ""));
        }
        return new Table(samples, probes, values, g);
    }
}
