/**
 * Expression tables as genefu's datasets are exported: {@link
 * org.precis.molecular.expression.ExpressionCsv} streams a CSV of samples in rows and probes in
 * columns (first column the sample id, empty or {@code NA} for a missing value) and keeps the values
 * of only the probes asked for, so a 10,000 × 20,000 table is never held whole; {@link
 * org.precis.molecular.expression.ProbeAnnotation} reads the probe annotation (columns {@code
 * probe} and {@code EntrezGene.ID}). A fault in either file is an {@link
 * org.precis.table.InputDataException} naming the file, the line and, for a cell, the column.
 */
package org.precis.molecular.expression;
