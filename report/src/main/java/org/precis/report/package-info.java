/**
 * Precis report: renders result objects (Kaplan-Meier curves, validation calibration, reliability
 * diagrams, heatmaps, slide quality control) to figures a clinician can read, without the command
 * line. One package per kind of result; {@link org.precis.report.figure} holds what they share.
 */
package org.precis.report;
