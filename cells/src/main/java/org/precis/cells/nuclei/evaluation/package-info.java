/**
 * Scoring nucleus detections against point annotations: one-to-one matching within a radius and
 * recall by class, pooled over images (point annotations are not exhaustive, so precision is not
 * scored).
 */
package org.precis.cells.nuclei.evaluation;
