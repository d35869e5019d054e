/**
 * PAM50 intrinsic subtypes and ROR-S exactly as Bioconductor genefu 2.39.1 computes them ({@code
 * molecular.subtyping(sbt.model = "pam50", do.mapping = TRUE)} and {@code rorS(do.mapping = TRUE)};
 * genefu's R is the specification, this is Precis' own Java). {@link
 * org.precis.molecular.pam50.GeneMapping} maps the 50 centroid genes onto the array by Entrez Gene
 * id with genefu's probe choice; {@link org.precis.molecular.pam50.Pam50Classifier} standardises,
 * correlates (Spearman) and calls with the {@code pam50.robust} model; {@link
 * org.precis.molecular.pam50.RorSScoring} scores ROR-S from a second set of correlations with the
 * {@code pam50} model (raw values) and rescales it over the cohort; {@link
 * org.precis.molecular.pam50.Pam50Subtyping} runs the lot and refuses a table with too few genes.
 * The centroids are genefu's (Artistic-2.0), shipped as a resource.
 */
package org.precis.molecular.pam50;
