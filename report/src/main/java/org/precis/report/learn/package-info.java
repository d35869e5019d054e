/**
 * Figures of a patch or slide classifier's evaluation: the reliability diagram with the number of
 * cases behind each point.
 */
package org.precis.report.learn;
