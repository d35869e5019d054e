/**
 * The quality-control benchmark: opening a slide, detecting its tissue and running {@link
 * org.precis.imaging.qc.QualityControl}, timed in process after warm-up runs. {@code precis slide
 * qc-bench} and {@code bench/tissue-qc.sh} drive it and print its records.
 */
package org.precis.imaging.qc.bench;
