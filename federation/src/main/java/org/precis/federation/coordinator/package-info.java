/**
 * The coordinator: accepts studies from researchers, sends each round to the study's connected
 * sites, relays their secure-aggregation messages and hands the secure sum to the study's
 * algorithm; it never sees one site's vector.
 *
 * <p>State is persisted as one JSON file a study, replaced by write-to-temporary, fsync and atomic
 * rename. Chosen over H2 or SQLite because the state is a handful of small documents written a few
 * times a round by one writer: a file a study needs no schema or driver, can be read by an operator,
 * and the rename gives all-or-nothing updates that survive a {@code kill -9}. A study's round and
 * attempt are saved before a round is sent and its next request after it is aggregated, so a restarted
 * coordinator resumes each unfinished study at its round, and never reruns a finished study or a
 * completed round.
 */
package org.precis.federation.coordinator;
