package org.precis.federation.coordinator;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.Executors;
import org.precis.federation.config.CoordinatorConfig;
import org.precis.federation.pki.Role;
import org.precis.federation.study.KnownAlgorithms;
import org.precis.federation.tls.MutualTls;
import org.precis.io.file.AtomicFile;

/**
 * {@code java -cp ... org.precis.federation.coordinator.CoordinatorMain --config coord.yaml}: runs a
 * coordinator until the process is stopped; the same as {@code precis federation coordinator}.
 */
public final class CoordinatorMain {
    private CoordinatorMain() {}

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 2 || !args[0].equals("--config")) {
            System.err.println("usage: CoordinatorMain --config coord.yaml");
            System.exit(2);
        }
        Coordinator coordinator;
        try {
            coordinator = start(Path.of(args[1]));
        } catch (Exception e) {
            System.err.println("precis federation coordinator: " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(coordinator::close));
        coordinator.awaitTermination();
    }

    /**
     * Starts the coordinator of a configuration file with the shipped algorithms and secure
     * aggregation, and writes the port it listens on to the port file if one is configured.
     */
    public static Coordinator start(Path configFile) throws IOException {
        CoordinatorConfig config = CoordinatorConfig.read(configFile);
        Clock clock = Clock.systemUTC();
        MutualTls tls = MutualTls.load(config.tls(), clock);
        if (tls.identity().role() != Role.COORDINATOR) {
            throw new IllegalArgumentException(config.tls().certificateChain() + ": the certificate is for "
                    + tls.identity() + ", a coordinator needs a coordinator certificate");
        }
        Coordinator coordinator = Coordinator.start(
                config.settings(),
                tls,
                new KnownAlgorithms(),
                new BonawitzAggregators(),
                clock,
                new SecureRandom(),
                Executors.newSingleThreadExecutor());
        if (config.portFile().isPresent()) {
            Path file = config.portFile().get();
            AtomicFile.writeString(file, Integer.toString(coordinator.port()));
        }
        return coordinator;
    }
}
