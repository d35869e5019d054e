package org.precis.molecular.pam50;

/**
 * A PAM50 gene found on the array, and the probe that stands for it.
 *
 * @param centroidRow the gene's row in the {@link Pam50Centroids}
 * @param gene the gene symbol as the centroids name it
 * @param entrezGeneId the Entrez Gene id it was mapped by
 * @param probe the probe chosen for it
 * @param candidateProbes how many probes of the array measure the gene
 */
public record MappedGene(int centroidRow, String gene, String entrezGeneId, String probe, int candidateProbes) {}
