package org.precis.cli;

import org.precis.molecular.pam50.Pam50Centroids;
import org.precis.molecular.pam50.Pam50Subtyping;
import picocli.CommandLine.Option;

/** {@code --min-genes}: how many of the PAM50 genes a table must have; the genefu subtyping with it. */
final class Pam50GenesOption {

    @Option(
            names = "--min-genes",
            defaultValue = "" + Pam50Subtyping.DEFAULT_MINIMUM_GENES,
            paramLabel = "N",
            description = "Refuse a table on which fewer of the 50 PAM50 genes are found (default ${DEFAULT-VALUE}).")
    int minimumGenes;

    /** genefu's PAM50 subtyping with this minimum. */
    Pam50Subtyping subtyping() {
        return new Pam50Subtyping(Pam50Centroids.genefu(), minimumGenes);
    }
}
