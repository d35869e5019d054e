/**
 * What every provenance record has in common: the software and version that made a result, when
 * (where recorded), the SHA-256 of each input by its role, and the parameters.
 * {@link org.precis.io.provenance.Provenance} is that common part; each module's own record (a
 * slide result's, a feature bag's, a patch classifier's, a saved Cox model's) keeps its file format
 * and its extra fields and gives its common part through {@link org.precis.io.provenance.Traceable}.
 */
package org.precis.io.provenance;
