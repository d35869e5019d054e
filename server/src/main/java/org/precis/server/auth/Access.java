package org.precis.server.auth;

import io.javalin.security.RouteRole;
import org.precis.store.users.Role;

/** Who may call a route. Every route names one; a route without one is refused. */
public enum Access implements RouteRole {
    /** No login needed (the login itself). */
    PUBLIC,
    /** Any logged-in user, whatever the role. */
    ANY_USER,
    /** Pathologists only: reviewing findings, signing and amending reports. */
    PATHOLOGIST,
    /** Administrators only: users and the audit trail. */
    ADMINISTRATOR;

    boolean allows(Role role) {
        return switch (this) {
            case PUBLIC, ANY_USER -> true;
            case PATHOLOGIST -> role == Role.PATHOLOGIST;
            case ADMINISTRATOR -> role == Role.ADMINISTRATOR;
        };
    }
}
