package org.precis.molecular.pam50;

import java.util.List;

/**
 * PAM50 subtypes and ROR-S of a cohort as genefu gives them.
 *
 * @param mapping the PAM50 genes found on the array and their probes
 * @param centroidGenes the number of genes in the centroid set (50)
 * @param calls one call per sample, from {@link Pam50Model#PAM50_ROBUST}, as genefu's {@code
 *     molecular.subtyping(sbt.model = "pam50")}
 * @param rorS one ROR-S per sample, in the same order, as genefu's {@code rorS}
 */
public record Pam50Result(GeneMapping mapping, int centroidGenes, List<Pam50Call> calls, List<RorS> rorS) {

    public Pam50Result {
        calls = List.copyOf(calls);
        rorS = List.copyOf(rorS);
        if (calls.size() != rorS.size()) {
            throw new IllegalArgumentException("one ROR-S per call");
        }
    }
}
