package org.precis.molecular.pam50;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.precis.io.provenance.Provenance;

/**
 * What a PAM50 run says about itself beside its calls (the JSON sidecar of the calls CSV): where it
 * came from, which genes it was computed from, how many samples got which subtype.
 *
 * @param software the producing software and version ({@code precis 0.1.0})
 * @param inputSha256 the SHA-256 of each input: {@code expression}, {@code annotation}
 * @param parameters the settings: centroid set, models, the reference, minimum of genes
 * @param samples the number of samples
 * @param genesMapped how many of the centroid genes were found on the array
 * @param centroidGenes how many genes the centroid set has (50)
 * @param genes the mapped genes and the probe chosen for each
 * @param calls how many samples got each subtype ({@code none}: genefu gave no call)
 * @param rorSRisk how many samples fell in each ROR-S group ({@code none}: no score)
 */
public record Pam50RunRecord(
        String software,
        Map<String, String> inputSha256,
        Map<String, Object> parameters,
        int samples,
        int genesMapped,
        int centroidGenes,
        List<MappedGene> genes,
        Map<String, Integer> calls,
        Map<String, Integer> rorSRisk) {

    public Pam50RunRecord {
        Provenance checked = new Provenance(software, Optional.empty(), inputSha256, parameters);
        inputSha256 = checked.inputSha256();
        parameters = checked.parameters();
        genes = List.copyOf(genes);
        calls = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(calls));
        rorSRisk = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rorSRisk));
    }

    /** The record of {@code result}, made by {@code software} from inputs with these hashes. */
    public static Pam50RunRecord of(
            Pam50Result result, String software, String expressionSha256, String annotationSha256, int minimumGenes) {
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("expression", expressionSha256);
        inputs.put("annotation", annotationSha256);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("centroids", Pam50Centroids.genefuName());
        parameters.put("subtype_model", Pam50Model.PAM50_ROBUST.genefuName());
        parameters.put("ror_s_model", Pam50Model.PAM50.genefuName());
        parameters.put(
                "reference",
                "genefu 2.39.1 molecular.subtyping(sbt.model = \"pam50\", do.mapping = TRUE), rorS(do.mapping = TRUE)");
        parameters.put("minimum_genes", minimumGenes);
        Map<String, Integer> calls = new LinkedHashMap<>();
        for (Pam50Subtype subtype : Pam50Subtype.values()) {
            calls.put(subtype.label(), 0);
        }
        calls.put("none", 0);
        for (Pam50Call call : result.calls()) {
            calls.merge(call.subtype().map(Pam50Subtype::label).orElse("none"), 1, Integer::sum);
        }
        Map<String, Integer> risks = new LinkedHashMap<>();
        for (RorSRisk risk : RorSRisk.values()) {
            risks.put(risk.label(), 0);
        }
        risks.put("none", 0);
        for (RorS ror : result.rorS()) {
            risks.merge(ror.risk().map(RorSRisk::label).orElse("none"), 1, Integer::sum);
        }
        return new Pam50RunRecord(
                software,
                inputs,
                parameters,
                result.calls().size(),
                result.mapping().size(),
                result.centroidGenes(),
                result.mapping().genes(),
                calls,
                risks);
    }
}
