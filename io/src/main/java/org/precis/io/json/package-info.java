/**
 * The one place Jackson mappers are configured: {@link org.precis.io.json.JsonMappers} gives the
 * compact mapper of wire messages and stores, the indented and snake_case mappers of the files and
 * results people read, the strict mapper of saved models and the YAML mapper of configuration
 * files. Modules ask for one of these instead of building their own. {@link
 * org.precis.io.json.CanonicalJson} writes JSON with sorted keys, the form that is hashed (audit
 * entries, signed report snapshots).
 */
package org.precis.io.json;
