package org.precis.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.util.NoSuchElementException;
import org.precis.cells.run.DetectionInputException;
import org.precis.embed.patches.PatchInputException;
import org.precis.slide.SlideException;
import org.precis.store.sql.StoreException;
import org.precis.store.users.NotPermittedException;
import org.precis.table.InputDataException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception from a command into one line on stderr and an exit code: 1 when the input
 * (a file, its content) is at fault, 2 when the request is. {@code --debug} adds the stack.
 */
final class ErrorReporter implements IExecutionExceptionHandler {

    static final int INPUT_FAILURE = 1;
    static final int USAGE_ERROR = 2;

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        Throwable cause = exception instanceof UncheckedIOException unchecked ? unchecked.getCause() : exception;
        int code;
        String message;
        if (cause instanceof InputDataException) {
            code = INPUT_FAILURE;
            message = cause.getMessage();
        } else if (cause instanceof SlideException
                || cause instanceof NoSuchElementException
                || cause instanceof PatchInputException
                || cause instanceof DetectionInputException
                || cause instanceof StoreException) {
            code = INPUT_FAILURE;
            message = cause.getMessage();
        } else if (cause instanceof FileSystemException fileProblem) {
            code = INPUT_FAILURE;
            message = FileProblems.describe(fileProblem);
        } else if (cause instanceof IOException) {
            code = INPUT_FAILURE;
            message = "i/o error: " + cause.getMessage();
        } else if (cause instanceof IllegalArgumentException
                || cause instanceof IllegalStateException
                || cause instanceof NotPermittedException) {
            code = USAGE_ERROR;
            message = cause.getMessage();
        } else {
            code = INPUT_FAILURE;
            message = "unexpected error: " + cause;
        }
        commandLine.getErr().println("precis: " + message);
        if (debugRequested(parseResult)) {
            cause.printStackTrace(commandLine.getErr());
        }
        return code;
    }

    private static boolean debugRequested(ParseResult parseResult) {
        ParseResult top = parseResult;
        while (top != null) {
            if (top.hasMatchedOption("--debug")) {
                return true;
            }
            top = top.subcommand();
        }
        return false;
    }
}
