package org.precis.molecular.pam50;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.precis.molecular.expression.AnnotatedProbe;
import org.precis.molecular.expression.ExpressionMatrix;
import org.precis.molecular.expression.ProbeAnnotation;

/**
 * The PAM50 genes an array measures, mapped as genefu's {@code intrinsic.cluster.predict(...,
 * do.mapping = TRUE)} does through {@code geneid.map}: by Entrez Gene id, never by symbol; probes
 * whose values are all missing are dropped first; a gene with one probe takes it; a gene with several
 * takes the probe with the largest {@link ProbeVariability}, the first in annotation order on a tie
 * (and when none has a variability). Genes not on the array are left out with their centroid rows.
 *
 * <p>genefu drops the all-missing probes by position ({@code geneid1[!na.ix]} indexes the
 * annotation's ids with the data's columns), which equals dropping them by name when the annotation
 * lists the table's probes in the table's column order, as genefu's datasets do. Precis drops them by
 * name, so an annotation in another order (or with more probes) maps as genefu means it to.
 *
 * @param genes the mapped genes in centroid order
 */
public record GeneMapping(List<MappedGene> genes) {

    public GeneMapping {
        genes = List.copyOf(genes);
    }

    /** The probes of the annotation that measure a PAM50 gene: the columns worth reading. */
    public static Set<String> candidateProbes(ProbeAnnotation annotation, Pam50Centroids centroids) {
        Set<String> ids = new HashSet<>(centroids.entrezGeneIds());
        Set<String> probes = new HashSet<>();
        for (AnnotatedProbe probe : annotation.probes()) {
            if (probe.entrezGeneId().filter(ids::contains).isPresent()) {
                probes.add(probe.probe());
            }
        }
        return probes;
    }

    /** Maps the PAM50 genes onto {@code matrix}, read with at least the {@link #candidateProbes}. */
    public static GeneMapping of(ProbeAnnotation annotation, ExpressionMatrix matrix, Pam50Centroids centroids) {
        Map<String, Integer> rows = new HashMap<>();
        for (int g = 0; g < centroids.geneCount(); g++) {
            rows.putIfAbsent(centroids.entrezGeneIds().get(g), g);
        }
        Set<String> columns = new HashSet<>(matrix.probes());
        Map<String, List<String>> probesByGene = new LinkedHashMap<>();
        for (AnnotatedProbe probe : annotation.probes()) {
            String id = probe.entrezGeneId().orElse(null);
            if (id != null
                    && rows.containsKey(id)
                    && columns.contains(probe.probe())
                    && matrix.probesWithValues().contains(probe.probe())) {
                probesByGene.computeIfAbsent(id, k -> new ArrayList<>()).add(probe.probe());
            }
        }
        List<MappedGene> genes = new ArrayList<>();
        for (int g = 0; g < centroids.geneCount(); g++) {
            String id = centroids.entrezGeneIds().get(g);
            List<String> probes = probesByGene.get(id);
            if (probes != null && rows.get(id) == g) {
                genes.add(new MappedGene(g, centroids.genes().get(g), id, choose(probes, matrix), probes.size()));
            }
        }
        return new GeneMapping(genes);
    }

    public int size() {
        return genes.size();
    }

    /** genefu's choice: the most variable probe, the first on a tie, the first when none has one. */
    private static String choose(List<String> probes, ExpressionMatrix matrix) {
        if (probes.size() == 1) {
            return probes.get(0);
        }
        String best = probes.get(0);
        double bestVariability = ProbeVariability.of(matrix.column(best));
        for (String probe : probes.subList(1, probes.size())) {
            double variability = ProbeVariability.of(matrix.column(probe));
            if (!Double.isNaN(variability) && (Double.isNaN(bestVariability) || variability > bestVariability)) {
                best = probe;
                bestVariability = variability;
            }
        }
        return best;
    }
}
