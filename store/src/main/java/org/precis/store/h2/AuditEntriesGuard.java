package org.precis.store.h2;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** H2's trigger (migration V2 for H2) that refuses any UPDATE or DELETE of an audit entry. */
public final class AuditEntriesGuard implements Trigger {
    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow != null) {
            throw new SQLException(
                    "audit entry " + oldRow[0] + " cannot be changed: the trail is append-only", "P0001");
        }
    }
}
