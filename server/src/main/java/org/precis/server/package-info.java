/**
 * The clinician's workstation as a web application: {@link org.precis.server.PrecisServer} wires
 * the slide library, the store and the routes into one Javalin server. The server only parses
 * requests, calls the modules that own each job and writes their answers; no analysis lives here.
 */
package org.precis.server;
