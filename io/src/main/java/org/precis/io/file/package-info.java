/**
 * Files as Precis writes and checks them: {@link org.precis.io.file.AtomicFile} writes every output
 * through a temporary sibling renamed over the target when complete (so an interrupted run never
 * leaves a half-written file that looks whole), with the permissions the user's umask gives a new
 * file; {@link org.precis.io.file.FileSha256} hashes a file's bytes and
 * {@link org.precis.io.file.Sha256Hex} checks a recorded hash.
 */
package org.precis.io.file;
