/**
 * The YAML configuration files of a site node ({@code site.yaml}) and a coordinator ({@code
 * coord.yaml}): read once at start, paths relative to the file, unknown keys refused.
 */
package org.precis.federation.config;
