/**
 * The case routes: the list of cases, one case with its slides, analyses (findings and overlays),
 * reviews and report versions, reviewing a finding, signing and amending, and the annotations a
 * user draws on a slide, imported and exported as QuPath-compatible GeoJSON. An annotation may
 * carry a class (QuPath's {@code classification}, which the training-patch export selects by); the
 * viewer offers the server's {@link org.precis.server.cases.AnnotationClass}es. A pathologist
 * starts QC, Ki67 or the grade components on a slide or a drawn area from the viewer: queued and
 * run one at a time through the same case work as {@code precis cases analyse}. Every view of a
 * case, analysis started, review, sign-off and export is written to the audit trail.
 */
package org.precis.server.cases;
