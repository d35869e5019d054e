/**
 * What every response shares: errors as one-line JSON messages with a 4xx status (a stack trace
 * never leaves the server), and the security headers of every page and API answer.
 */
package org.precis.server.http;
