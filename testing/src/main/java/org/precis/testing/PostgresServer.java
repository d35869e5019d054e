package org.precis.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server for tests, run as a child process from Debian's {@code postgresql}
 * package in a temporary directory: {@code initdb} (trust authentication, superuser {@code
 * postgres}), {@code pg_ctl start} on a free loopback port with its socket in that directory, and
 * on {@link #close} {@code pg_ctl stop -m fast} and the directory deleted. A shutdown hook does
 * the same if the JVM ends without closing it. When the tests run as root the server programs run
 * as the {@code postgres} user ({@code initdb} refuses root), and the directory is given to it.
 *
 * <p>Durability is switched off ({@code fsync}, {@code synchronous_commit}, {@code
 * full_page_writes}): the data lives only as long as the test run. {@link #createDatabase} gives
 * each test a database of its own.
 */
public final class PostgresServer implements AutoCloseable {
    private static final long TIMEOUT_SECONDS = 60;

    private final Path programs;
    private final Path directory;
    private final boolean asPostgresUser;
    private final int port;
    private final AtomicInteger databases = new AtomicInteger();
    private final Thread shutdownHook;
    private boolean stopped;

    private PostgresServer(Path programs, Path directory, boolean asPostgresUser, int port) {
        this.programs = programs;
        this.directory = directory;
        this.asPostgresUser = asPostgresUser;
        this.port = port;
        this.shutdownHook = new Thread(this::stopQuietly, "postgres-server-stop");
    }

    /**
     * Initialises and starts a server; fails (AssertionError) naming the Debian package when the
     * programs are missing, IllegalStateException with the server's output when it does not start.
     */
    public static PostgresServer start() {
        Path programs = SystemTools.fromLauncher().postgresqlPrograms();
        boolean root = runsAsRoot();
        Path directory;
        try {
            directory = Files.createTempDirectory("precis-pg-");
            if (root) {
                giveToPostgresUser(directory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a directory for PostgreSQL", e);
        }
        PostgresServer server = new PostgresServer(programs, directory, root, freePort());
        Runtime.getRuntime().addShutdownHook(server.shutdownHook);
        try {
            server.initialise();
            server.startServer();
            return server;
        } catch (RuntimeException | Error e) {
            server.close();
            throw e;
        }
    }

    /** The loopback port the server listens on. */
    public int port() {
        return port;
    }

    /** A JDBC URL for {@code database} on this server as the superuser {@code postgres}. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=postgres";
    }

    /** Creates a new, empty database and returns its JDBC URL ({@link #jdbcUrl}). */
    public String createDatabase() {
        String name = "test" + databases.incrementAndGet();
        run(client("createdb", "-h", directory.toString(), "-p", Integer.toString(port), "-U", "postgres", name));
        return jdbcUrl(name);
    }

    /** Stops the server and deletes its directory; a second call does nothing. */
    @Override
    public synchronized void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: it stops the server
        }
        try {
            if (Files.exists(dataDirectory().resolve("postmaster.pid"))) {
                run(server("pg_ctl", "-D", dataDirectory().toString(), "-m", "fast", "-w", "stop"));
            }
        } finally {
            deleteTree(directory);
        }
    }

    private void stopQuietly() {
        try {
            close();
        } catch (RuntimeException e) {
            // the JVM is ending: nothing left to tell
        }
    }

    /** The temporary directory that holds the data, the socket and the logs. */
    Path directory() {
        return directory;
    }

    private Path dataDirectory() {
        return directory.resolve("data");
    }

    private void initialise() {
        run(server(
                "initdb",
                "-D",
                dataDirectory().toString(),
                "-A",
                "trust",
                "-U",
                "postgres",
                "-E",
                "UTF8",
                "--locale=C",
                "--no-sync"));
    }

    private void startServer() {
        String options = "-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1"
                + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        run(server(
                "pg_ctl",
                "-D",
                dataDirectory().toString(),
                "-l",
                directory.resolve("server.log").toString(),
                "-o",
                options,
                "-w",
                "-t",
                Long.toString(TIMEOUT_SECONDS),
                "start"));
    }

    /** A server program, run as the postgres user when the tests run as root. */
    private List<String> server(String program, String... arguments) {
        List<String> command = new ArrayList<>();
        if (asPostgresUser) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(programs.resolve(program).toString());
        command.addAll(Arrays.asList(arguments));
        return command;
    }

    /** A client program: it connects through the socket as the postgres role, whoever runs it. */
    private List<String> client(String program, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(programs.resolve(program).toString());
        command.addAll(Arrays.asList(arguments));
        return command;
    }

    private void run(List<String> command) {
        Path output = directory.resolve("command.log");
        try {
            Process process = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(
                        String.join(" ", command) + " did not finish in " + TIMEOUT_SECONDS + " s" + describe(output));
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(
                        String.join(" ", command) + " failed (exit " + process.exitValue() + ")" + describe(output));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command.get(0), e);
        }
    }

    private String describe(Path output) {
        StringBuilder text = new StringBuilder();
        for (Path log : List.of(output, directory.resolve("server.log"))) {
            try {
                if (Files.isRegularFile(log)) {
                    text.append("\n")
                            .append(Files.readString(log, StandardCharsets.UTF_8)
                                    .strip());
                }
            } catch (IOException e) {
                text.append("\n(cannot read ").append(log).append(")");
            }
        }
        return text.toString();
    }

    private static boolean runsAsRoot() {
        try {
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static void giveToPostgresUser(Path directory) throws IOException {
        UserPrincipalLookupService users = directory.getFileSystem().getUserPrincipalLookupService();
        PosixFileAttributeView view = Files.getFileAttributeView(directory, PosixFileAttributeView.class);
        GroupPrincipal group = users.lookupPrincipalByGroupName("postgres");
        view.setOwner(users.lookupPrincipalByName("postgres"));
        view.setGroup(group);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free port", e);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }
}
