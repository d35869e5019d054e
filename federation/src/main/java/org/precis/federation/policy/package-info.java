/**
 * What a site allows: the algorithms and columns a study may use, the researchers who may run
 * studies against it, and the minimum cell count of any released count. A {@link
 * org.precis.federation.policy.SitePolicy} is read from the site's YAML policy file and consulted
 * for every request before any row is touched.
 */
package org.precis.federation.policy;
