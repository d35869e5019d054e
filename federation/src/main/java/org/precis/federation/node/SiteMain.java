package org.precis.federation.node;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.precis.federation.config.SiteConfig;
import org.precis.federation.study.KnownAlgorithms;

/**
 * {@code java -cp ... org.precis.federation.node.SiteMain --config site.yaml}: runs a site node until
 * the process is stopped. The same as {@code precis federation site}, without the rest of the CLI,
 * so fault tests can start and kill site processes.
 */
public final class SiteMain {
    private SiteMain() {}

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 2 || !args[0].equals("--config")) {
            System.err.println("usage: SiteMain --config site.yaml");
            System.exit(2);
        }
        RunningSite site;
        try {
            site = start(Path.of(args[1]));
        } catch (Exception e) {
            System.err.println("precis federation site: " + e.getMessage());
            System.exit(1);
            return;
        }
        run(site);
    }

    /** Starts the site node of a configuration file with the shipped algorithms and secure aggregation. */
    public static RunningSite start(Path config) throws java.io.IOException {
        SecureRandom random = new SecureRandom();
        return new SiteLauncher(new KnownAlgorithms(), new BonawitzParticipants(random), Clock.systemUTC(), random)
                .launch(SiteConfig.read(config), List.of());
    }

    /** Blocks until the process is stopped, closing the site on the way out. */
    public static void run(RunningSite site) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                site.close();
            } catch (Exception e) {
                System.err.println("precis federation site: " + e.getMessage());
            }
            stopped.countDown();
        }));
        stopped.await();
    }
}
