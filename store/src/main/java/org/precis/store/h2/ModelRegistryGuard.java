package org.precis.store.h2;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import org.h2.api.Trigger;

/**
 * H2's trigger (migration V5 for H2) that refuses any UPDATE or DELETE of a model registry row
 * (files, versions, evaluations, status changes), as the PL/pgSQL trigger does on PostgreSQL. H2
 * makes one instance per trigger, so the table it guards is kept from {@link #init}.
 */
public final class ModelRegistryGuard implements Trigger {
    private String table = "model registry";

    @Override
    public void init(
            Connection connection, String schemaName, String triggerName, String tableName, boolean before, int type) {
        table = tableName.toLowerCase(Locale.ROOT);
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow != null) {
            throw new SQLException(table + " rows cannot be changed: the model registry is append-only", "P0001");
        }
    }
}
