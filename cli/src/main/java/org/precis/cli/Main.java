package org.precis.cli;

import com.openhtmltopdf.util.XRLog;
import java.io.PrintWriter;
import java.util.logging.Level;
import picocli.CommandLine;

/** Entry point of the {@code precis} command. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        // DJL (the optional MLP head) loads PyTorch from its jar, never from a download.
        System.setProperty("ai.djl.offline", "true");
        System.exit(run(args));
    }

    /**
     * The PDF renderer (openhtmltopdf) logs each step at INFO on the console; a command's output
     * keeps only its warnings.
     */
    private static void quietPdfRenderer() {
        for (String logger : XRLog.listRegisteredLoggers()) {
            XRLog.setLevel(logger, Level.WARNING);
        }
    }

    /** Runs the command line on the process's streams and returns the exit code. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the command line on the given streams and returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        quietPdfRenderer(); // here, so every entry (the launcher, the demo's steps, the tests) gets it
        CommandLine commandLine = new CommandLine(new PrecisCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new ErrorReporter());
        commandLine.setParameterExceptionHandler(new UsageErrorReporter());
        commandLine.registerConverter(java.nio.file.Path.class, new PathArgument());
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
