package org.precis.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.precis.casework.ModelRuntime;
import org.precis.server.InitialAdministrator;
import org.precis.server.PrecisServer;
import org.precis.server.ServerSettings;
import org.precis.server.cases.AnnotationClass;
import org.precis.slide.Slides;
import org.precis.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code precis serve}: the clinician's workstation in the browser. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Serve the workstation: slide viewer with the analyses' overlays, cases, review and"
                + " sign-off, reports. With no users yet, creates the administrator 'admin' and writes its"
                + " password once to DATA_DIR/initial-admin-password. Stop with Ctrl-C.")
final class ServeCommand implements Callable<Integer> {

    @Option(
            names = "--port",
            paramLabel = "PORT",
            defaultValue = "8080",
            description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--bind",
            paramLabel = "ADDRESS",
            defaultValue = "127.0.0.1",
            description =
                    "Address to listen on (default: ${DEFAULT-VALUE}; put a TLS proxy in front for other machines).")
    String bind;

    @Option(
            names = "--tile-cache-mb",
            paramLabel = "MB",
            defaultValue = "128",
            description = "Memory for encoded Deep Zoom tiles (default: ${DEFAULT-VALUE}; 0 encodes every request).")
    long tileCacheMb;

    @Option(
            names = "--annotation-class",
            paramLabel = "NAME=R,G,B",
            converter = AnnotationClassConverter.class,
            description = "A class the viewer offers for drawn annotations, with its colour (repeat for each;"
                    + " given, these replace the defaults: lung_aca, lung_n, lung_scc and QuPath's Tumor, Stroma,"
                    + " Immune cells, Necrosis, Other). `cases training-patches` exports signed annotations by class.")
    List<AnnotationClass> annotationClasses = List.of();

    @Option(
            names = "--threads",
            defaultValue = "2",
            description = "Threads of an analysis started from the viewer (default ${DEFAULT-VALUE}).")
    int threads;

    @Mixin
    SlideFoldersOption slideFolders;

    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Path> roots = slideFolders.roots();
        PrintWriter out = spec.commandLine().getOut();
        CountDownLatch stopped = new CountDownLatch(1);
        try (Store store = storeOptions.open();
                Slides engine = Slides.withDefaults()) {
            Optional<Path> password = InitialAdministrator.ensure(store.users(), storeOptions.dataDir);
            ServerSettings settings = new ServerSettings(
                            bind,
                            port,
                            roots,
                            ServerSettings.DEFAULT_MAX_REQUEST_BYTES,
                            ServerSettings.DEFAULT_OPEN_SLIDES,
                            tileCacheMb << 20)
                    .withAnnotationClasses(annotationClasses.isEmpty() ? AnnotationClass.DEFAULTS : annotationClasses);
            // the grade analysis classes nuclei with the shipped encoders, found in the data folder
            if (Files.isDirectory(slideFolders.dataFolder().resolve("models"))) {
                settings = settings.withModels(new ModelRuntime(slideFolders.dataFolder(), Math.max(1, threads)));
            }
            try (PrecisServer server =
                    PrecisServer.start(settings, store, engine, Clock.systemUTC(), new SecureRandom())) {
                out.printf("Precis workstation at http://%s:%d/ (slides from %s)%n", bind, server.port(), roots);
                password.ifPresent(file -> out.printf(
                        "first start: log in as '%s' with the password in %s%n", InitialAdministrator.NAME, file));
                out.println("stop with Ctrl-C");
                out.flush();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    server.close();
                    stopped.countDown();
                }));
                stopped.await();
            }
        }
        return 0;
    }
}
