package org.precis.federation.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;

/**
 * A site's audit log, open for appending. Opening checks the whole chain (a broken log is refused,
 * not extended) and takes an exclusive lock on the file, so no second writer, in this process or
 * another, can interleave lines. Appends are serialised on this object and forced to disk before
 * {@link #append} returns.
 */
public final class AuditLog implements AutoCloseable {
    private final Path file;
    private final Clock clock;
    private final FileChannel channel;
    private final FileLock lock;
    private long sequence;
    private String head;

    private AuditLog(Path file, Clock clock, FileChannel channel, FileLock lock, long sequence, String head) {
        this.file = file;
        this.clock = clock;
        this.channel = channel;
        this.lock = lock;
        this.sequence = sequence;
        this.head = head;
    }

    /** Opens (creating if absent) the log at {@code file}; timestamps come from {@code clock}. */
    public static AuditLog open(Path file, Clock clock) throws AuditException {
        FileChannel channel;
        try {
            channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new AuditException(file + ": cannot open for appending: " + e.getMessage(), e);
        }
        try {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new AuditException(file + ": already open for writing by another audit log");
            }
            AuditLogVerifier.Walk walk = AuditLogVerifier.walkIntact(file);
            return new AuditLog(file, clock, channel, lock, walk.entries, walk.head);
        } catch (IOException | RuntimeException e) {
            try {
                channel.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof AuditException audit) {
                throw audit;
            }
            throw new AuditException(file + ": " + e.getMessage(), e);
        }
    }

    /** Appends one entry, forces it to disk and returns it. */
    public synchronized AuditEntry append(AuditEventType type, JsonNode details) throws AuditException {
        if (!details.isObject()) {
            throw new IllegalArgumentException("audit details must be a JSON object, got " + details.getNodeType());
        }
        AuditEntry entry = AuditEntry.next(sequence + 1, clock.instant(), type, details, head);
        ByteBuffer bytes = ByteBuffer.wrap((entry.line() + "\n").getBytes(StandardCharsets.UTF_8));
        try {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        } catch (IOException e) {
            throw new AuditException(file + ": cannot append entry " + entry.sequence() + ": " + e.getMessage(), e);
        }
        sequence = entry.sequence();
        head = entry.hash();
        return entry;
    }

    /** The hash of the last entry: record it outside the site to detect a truncated tail later. */
    public synchronized String headHash() {
        return head;
    }

    /** How many entries the log holds. */
    public synchronized long entries() {
        return sequence;
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void close() throws AuditException {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new AuditException(file + ": cannot close: " + e.getMessage(), e);
        }
    }
}
