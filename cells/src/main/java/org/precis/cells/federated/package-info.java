/**
 * The cell classifier's head trained federated with the patch heads' algorithms ({@code fedavg},
 * {@code fedprox}) rather than a second federated algorithm: a site's annotated cells become a
 * labelled feature set a federation site holds ({@link org.precis.cells.federated.CellFeatureSets},
 * an embed {@code PatchSet} whose {@code PatchRecipe} names the cell feature recipe by its
 * SHA-256, so a site whose cells were measured another way refuses the study), and a finished
 * study's head becomes a cell classifier model again ({@link
 * org.precis.cells.federated.FederatedCellClassifiers}).
 *
 * <p>Mapping onto the patch set: rows are annotated cells, the vector of a cell is the one taken at
 * its annotated point (no jittered views: the recipe a site checks does not name a jitter), the
 * class names are the {@link org.precis.cells.nuclei.CellClass} names in order and each row's file
 * name is {@code IMAGE#cell-N} (N the cell's place in the image's annotations). The patch recipe
 * says {@code views: identity}, one scale of 1 and no stain normalisation: the cell features'
 * own views, scales and stains are inside the recipe its hash names, not the patch pipeline's.
 * Research use only, not a diagnosis.
 */
package org.precis.cells.federated;
