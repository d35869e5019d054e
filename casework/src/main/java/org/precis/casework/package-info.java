/**
 * The analyses a workstation runs on a patient's case, each turned into the one shape the store
 * keeps, the viewer shows and the report prints: a {@link org.precis.casework.CaseAnalysis} of
 * findings (a value with its unit and interval, for a pathologist to accept, change or reject),
 * overlays (GeoJSON or PNG to draw on the slide, or a PNG chart for the report) and provenance.
 * The engines (cells, imaging, clinical, learn's patch models, survival's saved Cox models, and
 * report's renderings) do the work; this module only calls them and names what they found. What
 * pathologists sign flows back as labelled training patches for a federation site ({@code training}).
 */
package org.precis.casework;
