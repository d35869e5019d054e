/**
 * Users, roles and credentials: {@link org.precis.store.users.Users} adds users with generated
 * passwords, keeps Argon2id hashes (Bouncy Castle, parameters in each PHC hash string, {@link
 * org.precis.store.users.PasswordHashing#OWASP} by default) and API tokens stored as SHA-256.
 * Which role may do what is decided where the action is ({@code cases} refuses a sign-off by a
 * researcher with {@link org.precis.store.users.NotPermittedException}).
 */
package org.precis.store.users;
