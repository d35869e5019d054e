/**
 * The secure-aggregation benchmark: one round of {@link org.precis.federation.secagg} simulated in
 * process (clients one after another, every message through its bytes), timed per phase, against
 * the plain element-wise sum of the same vectors in the same run. {@code precis federation
 * bench-secagg} and {@code bench/secagg.sh} drive it and print its records.
 */
package org.precis.federation.secagg.bench;
