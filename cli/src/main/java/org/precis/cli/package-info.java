/**
 * The {@code precis} command: {@code precis <area> <verb>}, picocli throughout. This layer alone
 * reads the environment ({@code PRECIS_DATA}), prints, and turns exceptions into one line on
 * stderr and an exit code: 0 success, 1 a failure of the input, 2 a usage error.
 */
package org.precis.cli;
