/**
 * The Cox benchmark: bootstrap fits of one model (resample, design, fit) timed in process after a
 * warm-up, as {@code bench/cox-vs-r.sh} times R's {@code coxph}. {@code precis survival bench}
 * drives it and prints its record.
 */
package org.precis.survival.cox.bench;
