package org.precis.federation.algorithm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The layout of a secure sum that carries each site's own figures rather than a sum over the
 * sites: one block of {@code blockSize} values per site, in the study's site order. A site writes
 * into its own block and zeros elsewhere, so the sum holds every site's figures as it wrote them; a
 * site that did not answer leaves its block zero, and a sum that says otherwise is not the sites'
 * answers.
 *
 * @param sites the study's sites, in order
 * @param blockSize values per site
 */
public record SiteBlocks(List<String> sites, int blockSize) {
    public SiteBlocks {
        sites = List.copyOf(sites);
        if (sites.isEmpty()) {
            throw new IllegalArgumentException("the study lists no sites; each site needs its block");
        }
        if (blockSize < 1) {
            throw new IllegalArgumentException("a site's block must hold at least one value, got " + blockSize);
        }
    }

    /** The vector's length: every site's block. */
    public int length() {
        return blockSize * sites.size();
    }

    /** Where the block of the {@code index}th site starts. */
    public int start(int index) {
        return blockSize * java.util.Objects.checkIndex(index, sites.size());
    }

    /** Where {@code site}'s block starts; IllegalArgumentException when it is not among the study's sites. */
    public int start(String site) {
        int index = sites.indexOf(site);
        if (index < 0) {
            throw new IllegalArgumentException("this site (" + site + ") is not among the study's sites " + sites);
        }
        return start(index);
    }

    /**
     * Why {@code sum} is not these blocks as the sites that {@code answered} wrote them, if it is
     * not: its length is another, a site answered that has no block, or a site that did not answer
     * has figures in its block.
     */
    public Optional<String> mismatch(double[] sum, Collection<String> answered) {
        if (sum.length != length()) {
            return Optional.of("the sum has " + sum.length + " values, the round asked for " + length());
        }
        List<String> strangers = new ArrayList<>(answered);
        strangers.removeAll(sites);
        if (!strangers.isEmpty()) {
            return Optional.of("sites " + strangers + " answered but are not among the study's " + sites);
        }
        for (int i = 0; i < sites.size(); i++) {
            if (!answered.contains(sites.get(i)) && !zero(sum, i)) {
                return Optional.of(sites.get(i) + " did not answer, yet its block holds figures");
            }
        }
        return Optional.empty();
    }

    private boolean zero(double[] sum, int index) {
        for (int i = start(index); i < start(index) + blockSize; i++) {
            if (sum[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
