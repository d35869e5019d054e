package org.precis.store.models;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import org.precis.io.file.FileSha256;
import org.precis.store.sql.Columns;
import org.precis.store.sql.StoreException;

/** The {@code model_files} table: model bytes addressed by their SHA-256, stored once. */
final class FileRows {
    private FileRows() {}

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(FileSha256.newDigest().digest(bytes));
    }

    /** Stores {@code bytes} under their SHA-256 unless a file of that hash is stored; returns the hash. */
    static String insertIfAbsent(Connection connection, byte[] bytes, Instant now) throws SQLException {
        String sha256 = sha256(bytes);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO model_files (sha256, content, size_bytes, stored) SELECT ?, ?, ?, ?"
                        + " WHERE NOT EXISTS (SELECT 1 FROM model_files WHERE sha256 = ?)")) {
            insert.setString(1, sha256);
            insert.setBytes(2, bytes);
            insert.setLong(3, bytes.length);
            Columns.setInstant(insert, 4, now);
            insert.setString(5, sha256);
            insert.executeUpdate();
        }
        return sha256;
    }

    /**
     * The bytes stored under {@code sha256}, checked against it: StoreException when they are
     * missing or their SHA-256 differs (the row was changed behind the database's back).
     */
    static byte[] read(Connection connection, String sha256, String label) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT content FROM model_files WHERE sha256 = ?")) {
            select.setString(1, sha256);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new StoreException("model " + label + ": its file " + sha256 + " is missing", null);
                }
                byte[] bytes = row.getBytes("content");
                String actual = sha256(bytes);
                if (!actual.equals(sha256)) {
                    throw new StoreException(
                            "model " + label + ": the stored file's SHA-256 is " + actual + ", not " + sha256
                                    + " as registered; the file was changed",
                            null);
                }
                return bytes;
            }
        }
    }
}
