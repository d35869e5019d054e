package org.precis.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one way a test runs a program outside the JVM (Python with its modules, R, a command-line
 * tool). Before it runs anything it checks that the launcher's install line names the Debian
 * package that provides it, so that {@code ./precis test} on a fresh machine installs everything
 * the tests call; a tool that is missing fails the test, it never skips it.
 */
public final class SystemTools {

    /** Debian package of each Python module a test may import. */
    private static final Map<String, String> PYTHON_MODULES = Map.of(
            "h5py", "python3-h5py",
            "numpy", "python3-numpy",
            "cv2", "python3-opencv",
            "onnx", "python3-onnx",
            "openslide", "python3-openslide",
            "PIL", "python3-pil",
            "scipy", "python3-scipy",
            "skimage", "python3-skimage");

    /** Debian package of each program a test may run. */
    private static final Map<String, String> PROGRAMS = Map.of(
            "python3", "python3",
            "Rscript", "r-base-core",
            "vips", "libvips-tools",
            "pdftoppm", "poppler-utils");

    private static final Pattern TOOL_PACKAGES = Pattern.compile("(?m)^TOOL_PACKAGES=\\(([^)]*)\\)");

    private final Set<String> installed;

    private SystemTools(Set<String> installed) {
        this.installed = installed;
    }

    /** The packages the launcher at the repository root installs for the tests and the demo. */
    public static SystemTools fromLauncher() {
        return from(launcher());
    }

    static SystemTools from(Path launcher) {
        return new SystemTools(launcherPackages(launcher));
    }

    static Set<String> launcherPackages(Path launcher) {
        String text;
        try {
            text = Files.readString(launcher);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the launcher " + launcher, e);
        }
        Matcher matcher = TOOL_PACKAGES.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException(launcher + " has no TOOL_PACKAGES=(...) line");
        }
        return new LinkedHashSet<>(Arrays.asList(matcher.group(1).trim().split("\\s+")));
    }

    /** The launcher script at the repository root above the working directory. */
    public static Path launcher() {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null && !Files.isRegularFile(directory.resolve("precis"))) {
            directory = directory.getParent();
        }
        if (directory == null) {
            throw new IllegalStateException(
                    "cannot find the launcher above " + Path.of("").toAbsolutePath());
        }
        return directory.resolve("precis");
    }

    /**
     * A process builder for {@code python3 ARGS}, after checking that the launcher installs
     * Python and the Debian package of every module named.
     */
    public ProcessBuilder python(List<String> modules, String... arguments) {
        require("python3", PROGRAMS.get("python3"));
        for (String module : modules) {
            String debian = PYTHON_MODULES.get(module);
            if (debian == null) {
                throw new IllegalArgumentException(
                        "no Debian package known for the Python module " + module + "; add it to SystemTools");
            }
            require("Python module " + module, debian);
        }
        List<String> command = new ArrayList<>();
        command.add("/usr/bin/python3");
        command.addAll(Arrays.asList(arguments));
        return new ProcessBuilder(command);
    }

    /** A process builder for a program, after checking that the launcher installs its package. */
    public ProcessBuilder program(String program, String... arguments) {
        String debian = PROGRAMS.get(program);
        if (debian == null) {
            throw new IllegalArgumentException(
                    "no Debian package known for the program " + program + "; add it to SystemTools");
        }
        require(program, debian);
        List<String> command = new ArrayList<>();
        command.add(program);
        command.addAll(Arrays.asList(arguments));
        return new ProcessBuilder(command);
    }

    /**
     * Debian's Chromium ({@code /usr/bin/chromium}) for the browser tests, after checking that the
     * launcher installs the {@code chromium} package.
     */
    public Path chromium() {
        require("Chromium", "chromium");
        Path chromium = Path.of("/usr/bin/chromium");
        if (!Files.isExecutable(chromium)) {
            throw new AssertionError(
                    chromium + " is missing: install the Debian package chromium (./precis test installs it)");
        }
        return chromium;
    }

    /**
     * The directory of the PostgreSQL server programs ({@code initdb}, {@code pg_ctl}, {@code
     * createdb}) of Debian's {@code postgresql} package, the newest version installed, after
     * checking that the launcher installs that package.
     */
    public Path postgresqlPrograms() {
        require("PostgreSQL server", "postgresql");
        Path root = Path.of("/usr/lib/postgresql");
        List<Path> found = new ArrayList<>();
        if (Files.isDirectory(root)) {
            try (var versions = Files.list(root)) {
                versions.map(version -> version.resolve("bin"))
                        .filter(bin -> Files.isExecutable(bin.resolve("pg_ctl")))
                        .forEach(found::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + root, e);
            }
        }
        if (found.isEmpty()) {
            throw new AssertionError("the PostgreSQL server programs (initdb, pg_ctl) are not under " + root
                    + ": install the Debian package postgresql (./precis test installs it)");
        }
        found.sort((a, b) -> Integer.compare(majorVersion(a), majorVersion(b)));
        return found.get(found.size() - 1);
    }

    private static int majorVersion(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void require(String what, String debianPackage) {
        if (!installed.contains(debianPackage)) {
            throw new AssertionError(what + " is called by a test, but the launcher's TOOL_PACKAGES does not install "
                    + debianPackage + ": add it there");
        }
    }
}
