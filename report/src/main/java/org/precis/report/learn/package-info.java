/**
 * Figures of a patch or slide classifier's evaluation: the reliability diagram with the number of
 * cases behind each point, and a site's drift (the histogram of the features' shift against the
 * training data beside a no-drift baseline, with the reliability diagram).
 */
package org.precis.report.learn;
