package org.precis.cli;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import org.precis.store.Store;
import org.precis.store.StoreLocation;
import picocli.CommandLine.Option;

/** Where the workstation's store is: {@code --store JDBC_URL}, else the embedded one in {@code --data-dir}. */
final class StoreOptions {

    @Option(
            names = "--store",
            paramLabel = "JDBC_URL",
            description = "The store's database: jdbc:postgresql://HOST:PORT/DB?user=..&password=.. for a hospital"
                    + " installation (default: the embedded H2 database in the data folder).")
    String store;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            defaultValue = "precis-data",
            description = "The workstation's data folder: the embedded store, the first administrator's password"
                    + " (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    StoreLocation location() {
        return store != null ? StoreLocation.parse(store) : StoreLocation.embedded(dataDir);
    }

    Store open() {
        return Store.open(location(), Clock.systemUTC(), new SecureRandom());
    }
}
