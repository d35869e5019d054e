package org.precis.demo.steps;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A step's command line as the user pastes it into a shell in the working folder (the folder
 * holding {@code ./precis}): absolute paths near that folder written relative to it, and every
 * argument a shell would split or expand quoted.
 */
public final class EchoedCommand {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./,:@%+=-]+");
    /** Relative paths that climb more than one folder stay absolute: they read better so. */
    private static final int MOST_PARENTS = 1;

    private final Path workingFolder;

    /** @param workingFolder the folder the command is pasted in (absolute) */
    public EchoedCommand(Path workingFolder) {
        this.workingFolder = workingFolder.toAbsolutePath().normalize();
    }

    /** {@code ./precis ARG...}, quoted for a POSIX shell. */
    public String text(List<String> arguments) {
        List<String> words = new ArrayList<>(List.of("./precis"));
        for (String argument : arguments) {
            words.add(quoted(shortened(argument)));
        }
        return String.join(" ", words);
    }

    private String shortened(String argument) {
        if (!argument.startsWith("/")) {
            return argument;
        }
        try {
            Path relative = workingFolder.relativize(Path.of(argument).normalize());
            int parents = 0;
            for (Path name : relative) {
                if (name.toString().equals("..")) {
                    parents++;
                }
            }
            return parents <= MOST_PARENTS && !relative.toString().isEmpty() ? relative.toString() : argument;
        } catch (IllegalArgumentException e) {
            return argument;
        }
    }

    static String quoted(String word) {
        if (PLAIN.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
