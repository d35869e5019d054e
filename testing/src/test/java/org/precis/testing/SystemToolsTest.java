package org.precis.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SystemToolsTest {

    private static final Pattern RAW_PROCESS =
            Pattern.compile("new\\s+ProcessBuilder\\s*\\(|Runtime\\.getRuntime\\(\\)\\.exec");

    @Test
    void noTestStartsAProgramExceptThroughSystemTools() throws IOException {
        Path root = SystemTools.launcher().getParent();
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root, 12)) {
            for (Path file :
                    (Iterable<Path>) files.filter(path -> path.toString().endsWith(".java"))
                            .filter(path -> path.toString().contains("/src/test/"))
                            .filter(path -> !path.toString().contains("/target/"))::iterator) {
                String text = Files.readString(file);
                if (RAW_PROCESS.matcher(text).find()
                        && !file.getFileName().toString().equals("SystemToolsTest.java")) {
                    offenders.add(root.relativize(file).toString());
                }
            }
        }
        assertThat(offenders)
                .as("tests that start a process themselves instead of through SystemTools")
                .isEmpty();
    }

    @Test
    void everyPythonModuleTheLauncherInstallsImports() throws Exception {
        SystemTools tools = SystemTools.fromLauncher();
        Process python = tools.python(List.of("h5py", "numpy"), "-c", "import h5py, numpy; print('ok')")
                .redirectErrorStream(true)
                .start();
        String output = new String(python.getInputStream().readAllBytes()).trim();
        assertThat(python.waitFor()).as(output).isZero();
        assertThat(output).isEqualTo("ok");
    }

    @Test
    void aModuleTheLauncherDoesNotInstallFailsTheTest(@TempDir Path folder) throws IOException {
        Path launcher = folder.resolve("precis");
        Files.writeString(launcher, "#!/bin/sh\nTOOL_PACKAGES=(python3 python3-numpy)\n");
        assertThat(SystemTools.launcherPackages(launcher)).containsExactly("python3", "python3-numpy");
        assertThatThrownBy(() -> SystemTools.from(launcher).python(List.of("h5py")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("python3-h5py");
        assertThatThrownBy(() -> SystemTools.from(launcher).python(List.of("tensorflow")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tensorflow");
    }
}
