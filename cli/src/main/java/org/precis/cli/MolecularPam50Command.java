package org.precis.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.precis.io.file.AtomicFile;
import org.precis.io.file.FileSha256;
import org.precis.molecular.expression.ExpressionCsv;
import org.precis.molecular.expression.ExpressionMatrix;
import org.precis.molecular.expression.ProbeAnnotation;
import org.precis.molecular.pam50.GeneMapping;
import org.precis.molecular.pam50.Pam50CallsCsv;
import org.precis.molecular.pam50.Pam50Centroids;
import org.precis.molecular.pam50.Pam50Result;
import org.precis.molecular.pam50.Pam50RunRecord;
import org.precis.molecular.pam50.Pam50Subtyping;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code precis molecular pam50}: PAM50 subtypes and ROR-S of an expression table, as genefu. */
@Command(
        name = "pam50",
        mixinStandardHelpOptions = true,
        description = "PAM50 intrinsic subtypes (correlations, probabilities) and ROR-S of every sample, exactly "
                + "as Bioconductor genefu 2.39.1's molecular.subtyping(sbt.model = \"pam50\", do.mapping = TRUE) "
                + "and rorS(do.mapping = TRUE). Writes the calls CSV and a provenance sidecar NAME.provenance.json.")
final class MolecularPam50Command implements Callable<Integer> {

    @Option(
            names = "--expression",
            required = true,
            paramLabel = "CSV",
            description = "Samples in rows, first column the sample id, one column per probe; empty or NA for missing.")
    Path expression;

    @Option(
            names = "--annotation",
            required = true,
            paramLabel = "CSV",
            description = "One row per probe with columns probe and EntrezGene.ID (genes are mapped by Entrez id).")
    Path annotation;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "CSV",
            description = "The calls: sample, subtype, cor_*, prob_*, ror_s, ror_s_risk.")
    Path output;

    @Mixin
    Pam50GenesOption genes;

    @Mixin
    SeparatorOption separator;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Pam50Centroids centroids = Pam50Centroids.genefu();
        Pam50Subtyping subtyping = genes.subtyping();
        ProbeAnnotation probes = ProbeAnnotation.read(annotation, separator.separator());
        ExpressionMatrix matrix = new ExpressionCsv(separator.separator())
                .read(expression, GeneMapping.candidateProbes(probes, centroids));
        Pam50Result result = subtyping.run(matrix, probes);
        Pam50RunRecord record = Pam50RunRecord.of(
                result,
                "precis " + PrecisCommand.VERSION,
                matrix.sha256(),
                FileSha256.of(annotation),
                genes.minimumGenes);
        PrintWriter err = spec.commandLine().getErr();
        if (record.genesMapped() < record.centroidGenes()) {
            err.println("precis: warning: " + expression + ": " + record.genesMapped() + " of the "
                    + record.centroidGenes() + " PAM50 genes mapped (by EntrezGene.ID in " + annotation
                    + "); subtypes are called from these, as genefu does");
            err.flush();
        }
        Path sidecar = sidecar(output);
        JsonPrinter printer = new JsonPrinter();
        AtomicFile.write(output, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            new Pam50CallsCsv().write(result, writer);
            writer.flush();
        });
        printer.write(sidecar, record);
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("output", output.toString());
            out.put("provenance_file", sidecar.toString());
            out.put("run", record);
            printer.print(spec.commandLine().getOut(), out);
        } else {
            PrintWriter out = spec.commandLine().getOut();
            out.printf(
                    "%d samples, %d of %d PAM50 genes mapped%n",
                    record.samples(), record.genesMapped(), record.centroidGenes());
            out.println("subtypes: " + counts(record.calls()));
            out.println("ROR-S:    " + counts(record.rorSRisk()));
            out.println("wrote " + output + " and " + sidecar);
            out.flush();
        }
        return 0;
    }

    /** {@code calls.csv} → {@code calls.provenance.json} beside it. */
    static Path sidecar(Path output) {
        String name = output.getFileName().toString();
        String stem =
                name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return output.resolveSibling(stem + ".provenance.json");
    }

    private static String counts(Map<String, Integer> counts) {
        StringBuilder text = new StringBuilder();
        counts.forEach((label, n) -> {
            if (n > 0) {
                text.append(text.length() == 0 ? "" : ", ")
                        .append(label)
                        .append(' ')
                        .append(n);
            }
        });
        return text.toString();
    }
}
