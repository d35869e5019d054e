/**
 * What a researcher submits: the study (algorithm, parameters, sites, researcher, threshold), its
 * YAML file form and its JSON wire form.
 */
package org.precis.federation.study;
