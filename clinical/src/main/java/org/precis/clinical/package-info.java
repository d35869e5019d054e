/**
 * Clinical indices that guide treatment: the Nottingham Prognostic Index and its groups, the
 * Nottingham histological grade, and lung cancer TNM stage grouping by edition.
 */
package org.precis.clinical;
