/**
 * Cases at the workstation: {@link org.precis.store.cases.Cases} keeps each case's pseudonymous
 * patient, specimen, clinical data, slides, analyses with provenance, the pathologist's review of
 * every AI finding (model value and final value side by side, which {@link
 * org.precis.store.cases.Cases#labelledFindings} hands to learning), annotations, and the report
 * versions that sign-off freezes. A signed version never changes (refused here, and by a database
 * trigger); a later change is an amendment, a new version with its reason.
 */
package org.precis.store.cases;
