/**
 * The main demo as the user would type it: sections of {@code precis} command lines, each echoed
 * so that it can be pasted and run, timed, and run through the application's own command line
 * ({@link org.precis.demo.steps.CommandRunner}); notes on what is left out and why; and the index
 * ({@code index.html}, {@code README.txt}) of every file the demo wrote and what it shows.
 */
package org.precis.demo.steps;
