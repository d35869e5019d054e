package org.precis.embed.patches;

/** How a patch's colours are normalised before it is embedded. */
public enum StainNormalisation {
    /** Colours as scanned. */
    NONE,
    /** Reinhard et al. (2001): L*a*b* means and deviations matched to the recipe's target. */
    REINHARD,
    /** Macenko et al. (2009): stain vectors replaced by the standard reference's. */
    MACENKO
}
