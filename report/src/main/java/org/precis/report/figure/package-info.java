/**
 * What every figure shares: the {@link org.precis.report.figure.Figure} contract (a size and a
 * Java 2D painting, so one drawing serves PNG now and a vector format later), wrapped caption text,
 * side-by-side panels and the atomic PNG writer.
 */
package org.precis.report.figure;
