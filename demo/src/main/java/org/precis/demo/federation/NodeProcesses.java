package org.precis.demo.federation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.precis.federation.node.SiteNode;

/**
 * The coordinator and site JVMs of a demo or a fault test: started with their output in a log file
 * each, killed on request (as {@code kill -9} would), and all stopped on close.
 */
public final class NodeProcesses implements AutoCloseable {
    private final NodeCommands commands;
    private final Path logFolder;
    private final Clock clock;
    private final Map<String, Process> running = new LinkedHashMap<>();

    public NodeProcesses(NodeCommands commands, Path logFolder, Clock clock) throws IOException {
        this.commands = commands;
        this.logFolder = Files.createDirectories(logFolder);
        this.clock = clock;
    }

    /** Starts the coordinator of {@code config} and returns the port it listens on, once it does. */
    public int startCoordinator(Path config, Path portFile, Duration wait) throws IOException, InterruptedException {
        Files.deleteIfExists(portFile);
        Process process = start("coordinator", commands.coordinator(), config);
        long deadline = clock.millis() + wait.toMillis();
        while (!Files.exists(portFile)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "the coordinator exited with " + process.exitValue() + ": " + logTail("coordinator"));
            }
            if (clock.millis() > deadline) {
                throw new IllegalStateException(
                        "the coordinator did not start within " + wait.toSeconds() + " s: " + logTail("coordinator"));
            }
            Thread.sleep(20);
        }
        return Integer.parseInt(
                Files.readString(portFile, StandardCharsets.US_ASCII).trim());
    }

    public void startSite(String site, Path config) throws IOException {
        start(site, commands.site(), config);
    }

    /** Kills a node at once, without any chance to say goodbye ({@code kill -9}). */
    public void kill(String name) throws InterruptedException {
        Process process = running.remove(name);
        if (process != null) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    public boolean isAlive(String name) {
        Process process = running.get(name);
        return process != null && process.isAlive();
    }

    /**
     * Waits until a site's log says the coordinator welcomed it {@code times} times in all (once a
     * connection), so that studies are timed from when their sites are there.
     */
    public void awaitWelcomed(String site, int times, Duration wait) throws IOException, InterruptedException {
        long deadline = clock.millis() + wait.toMillis();
        String welcome = SiteNode.WELCOMED + site;
        while (true) {
            Path log = log(site);
            String text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
            if (text.split(java.util.regex.Pattern.quote(welcome), -1).length - 1 >= times) {
                return;
            }
            Process process = running.get(site);
            if (process == null || !process.isAlive()) {
                throw new IllegalStateException("site " + site + " is not running: " + logTail(site));
            }
            if (clock.millis() > deadline) {
                throw new IllegalStateException(
                        "site " + site + " did not connect within " + wait.toSeconds() + " s: " + logTail(site));
            }
            Thread.sleep(20);
        }
    }

    /** The node's log file (standard output and error). */
    public Path log(String name) {
        return logFolder.resolve(name + ".log");
    }

    /** The last lines of a node's log, for error messages. */
    public String logTail(String name) {
        try {
            List<String> lines = Files.readAllLines(log(name), StandardCharsets.UTF_8);
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private Process start(String name, List<String> prefix, Path config) throws IOException {
        if (running.containsKey(name) && running.get(name).isAlive()) {
            throw new IllegalStateException(name + " is already running");
        }
        List<String> command = new ArrayList<>(prefix);
        command.add("--config");
        command.add(config.toString());
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log(name).toFile()))
                .start();
        running.put(name, process);
        return process;
    }

    @Override
    public void close() {
        for (Process process : running.values()) {
            process.destroy();
        }
        boolean interrupted = false;
        for (Process process : running.values()) {
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                // Stop waiting, but never leave a node running: kill the rest at once.
                interrupted = true;
                process.destroyForcibly();
            }
        }
        running.clear();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
