/**
 * A patch model's heatmap over a case's slide (the lung subtype model) as a case analysis: tile
 * counts and class fractions with their intervals, one probability layer per class and the tiles
 * as the overlays, with the model's, encoder's and slide's SHA-256 in the provenance.
 */
package org.precis.casework.heatmap;
