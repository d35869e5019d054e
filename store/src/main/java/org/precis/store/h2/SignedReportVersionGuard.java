package org.precis.store.h2;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's trigger (migration V2 for H2) that refuses an UPDATE or DELETE of a report version once it
 * is signed, as the PL/pgSQL trigger does on PostgreSQL. The status is the third column of {@code
 * report_versions} (case_id, version, status, ...).
 */
public final class SignedReportVersionGuard implements Trigger {
    private static final int STATUS = 2;

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow != null && !"DRAFT".equals(oldRow[STATUS])) {
            throw new SQLException(
                    "report version " + oldRow[1] + " of case " + oldRow[0] + " is signed and cannot be changed",
                    "P0001");
        }
    }
}
