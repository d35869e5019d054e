/**
 * Who is asking: sessions after a password login (an HttpOnly, SameSite=Strict cookie and a CSRF
 * token the page sends back on every change), API tokens in {@code Authorization: Bearer}, login
 * throttling, and the role each route needs. Passwords and tokens are checked by the store.
 */
package org.precis.server.auth;
