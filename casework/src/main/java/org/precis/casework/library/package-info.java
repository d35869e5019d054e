/**
 * The slides a workstation may show and analyse: the files under the configured slide roots, each
 * known by a stable id, resolved only through the library (never from a path a client sends).
 */
package org.precis.casework.library;
