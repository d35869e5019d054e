package org.precis.molecular.expression;

import java.util.Optional;

/**
 * One row of a probe annotation.
 *
 * @param probe the probe id, as in the expression table's header
 * @param entrezGeneId the Entrez Gene id as text ({@code 2099}), empty when the row has none
 * @param line the 1-based line of the annotation file (header = 1)
 */
public record AnnotatedProbe(String probe, Optional<String> entrezGeneId, int line) {}
