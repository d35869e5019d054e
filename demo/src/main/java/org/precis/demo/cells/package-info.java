/**
 * The cell classifier's head trained federated on BreCaHAD fields: each site's annotated cells as
 * a cell feature set ({@link org.precis.demo.cells.CellSites}), the lung patch head's FedAvg study
 * run over them across site processes ({@link org.precis.demo.cells.FederatedCellDemo}, in {@code
 * federation demo --cell-models}) or in one process ({@code bench/federated-cells.sh}, {@link
 * org.precis.demo.cells.FederatedCellsBench}), beside the same study on the union of the sites'
 * cells, both scored on held-out fields ({@link org.precis.demo.cells.CellRecall}).
 */
package org.precis.demo.cells;
