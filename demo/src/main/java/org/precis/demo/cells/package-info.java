/**
 * The cell classifier's head trained federated on BreCaHAD fields: each site's annotated cells as
 * a cell feature set ({@link org.precis.demo.cells.CellSites}), the patch heads' FedAvg study run
 * over them in one process ({@link org.precis.demo.cells.FederatedCellStudy}) and, for {@code
 * bench/federated-cells.sh}, the federated head against the same study on the union of the sites'
 * cells, both scored on held-out fields ({@link org.precis.demo.cells.FederatedCellsBench}).
 */
package org.precis.demo.cells;
