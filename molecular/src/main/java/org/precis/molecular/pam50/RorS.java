package org.precis.molecular.pam50;

import java.util.Optional;

/**
 * One sample's ROR-S (Parker 2009, subtype-only risk of recurrence) as genefu's {@code rorS}.
 *
 * @param sample the sample id
 * @param score on genefu's 0-100 scale; NaN where genefu gives NA (no correlations)
 * @param risk the group of the score; empty where the score is NA
 */
public record RorS(String sample, double score, Optional<RorSRisk> risk) {}
