/**
 * Fuzz tests (Jazzer) of every parser of outside bytes: without {@code JAZZER_FUZZ} they replay
 * their seeds and earlier findings; the build's {@code fuzz-*} runs mutate them for a bounded time.
 */
package org.precis.slide.fuzz;
