/** The researcher's side: submit a study to a coordinator over mutual TLS and wait for its result. */
package org.precis.federation.researcher;
