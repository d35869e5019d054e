/**
 * The model registry: {@link org.precis.store.models.ModelRegistry} keeps every version of every
 * model the workstation may run (name, version numbered 1, 2, ... per name, parent version, task,
 * intended use, training data, the study and rounds that made it, the differential-privacy budget
 * spent, the encoder's licence), its file content-addressed by SHA-256 and checked on every read,
 * each site's own evaluation of it, and its status (candidate, production, retired) as the history
 * of status changes. Nothing is ever changed: versions, files, evaluations and status changes are
 * appended (and the database refuses UPDATE and DELETE on them), each with its audit entry in the
 * same transaction, so the registry never holds a half-written model.
 *
 * <p>A version becomes production only when every site that evaluated it says, in its latest
 * evaluation, that it is better than what the site runs now; an administrator may force a
 * promotion with a recorded reason. A rollback returns production to the version that was
 * production before the current one.
 */
package org.precis.store.models;
