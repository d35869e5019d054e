/**
 * The case routes: the list of cases, one case with its slides, analyses (findings and overlays),
 * reviews and report versions, reviewing a finding, signing and amending, and the annotations a
 * user draws on a slide, imported and exported as QuPath-compatible GeoJSON. Every view of a case,
 * review, sign-off and export is written to the audit trail.
 */
package org.precis.server.cases;
