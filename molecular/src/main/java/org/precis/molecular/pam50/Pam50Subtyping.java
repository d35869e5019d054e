package org.precis.molecular.pam50;

import java.io.IOException;
import java.nio.file.Path;
import org.precis.molecular.expression.ExpressionCsv;
import org.precis.molecular.expression.ExpressionMatrix;
import org.precis.molecular.expression.ExpressionOrientation;
import org.precis.molecular.expression.ProbeAnnotation;
import org.precis.table.InputDataException;

/**
 * PAM50 subtypes and ROR-S of an expression table: reads the probes that measure PAM50 genes, maps
 * the genes as genefu does, and refuses a table on which fewer than a minimum of the 50 genes are
 * found (genefu would call a subtype from four genes; a call from so few is not one).
 */
public final class Pam50Subtyping {

    /** The least number of mapped PAM50 genes Precis calls subtypes from unless told otherwise. */
    public static final int DEFAULT_MINIMUM_GENES = 20;

    private final Pam50Centroids centroids;
    private final int minimumGenes;

    /** @param minimumGenes the least number of mapped genes to call subtypes from (1 to the centroids' genes) */
    public Pam50Subtyping(Pam50Centroids centroids, int minimumGenes) {
        if (minimumGenes < 1 || minimumGenes > centroids.geneCount()) {
            throw new IllegalArgumentException(
                    "the minimum of mapped genes must be from 1 to " + centroids.geneCount() + ", was " + minimumGenes);
        }
        this.centroids = centroids;
        this.minimumGenes = minimumGenes;
    }

    /** Reads {@code expression} (only the probes of PAM50 genes are kept) and subtypes its samples. */
    public Pam50Result run(ExpressionCsv reader, Path expression, ProbeAnnotation annotation) throws IOException {
        ExpressionMatrix matrix = reader.read(expression, GeneMapping.candidateProbes(annotation, centroids));
        return run(matrix, annotation);
    }

    /** Subtypes the samples of {@code matrix}, read with at least {@link GeneMapping#candidateProbes}. */
    public Pam50Result run(ExpressionMatrix matrix, ProbeAnnotation annotation) {
        ExpressionOrientation.check(matrix, annotation);
        GeneMapping mapping = GeneMapping.of(annotation, matrix, centroids);
        if (mapping.size() == 0) {
            throw new InputDataException(
                    matrix.file(),
                    0,
                    "none of its probes measures one of the " + centroids.geneCount()
                            + " PAM50 genes (by EntrezGene.ID in " + annotation.file() + ")");
        }
        if (mapping.size() < minimumGenes) {
            throw new InputDataException(
                    matrix.file(),
                    0,
                    "only " + mapping.size() + " of the " + centroids.geneCount()
                            + " PAM50 genes have a probe with values (by EntrezGene.ID in " + annotation.file()
                            + "); Precis calls no subtype from fewer than " + minimumGenes);
        }
        var calls = new Pam50Classifier(centroids, Pam50Model.PAM50_ROBUST).classify(matrix, mapping);
        var rorCalls = new Pam50Classifier(centroids, Pam50Model.PAM50).classify(matrix, mapping);
        return new Pam50Result(mapping, centroids.geneCount(), calls, new RorSScoring().score(rorCalls));
    }
}
