/** The Nottingham Prognostic Index of a breast case from its clinical data, as a case analysis. */
package org.precis.casework.npi;
