package org.precis.demo.federation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.precis.demo.cohort.SiteTables;
import org.precis.embed.patches.PatchSet;
import org.precis.embed.patches.PatchSets;
import org.precis.federation.algorithm.FederatedAlgorithms;
import org.precis.federation.pki.CertificateRequest;
import org.precis.federation.pki.CollaborationCa;
import org.precis.federation.pki.Credentials;
import org.precis.federation.pki.Role;
import org.precis.io.file.AtomicFile;
import org.precis.survival.data.SurvivalTable;

/**
 * A throwaway collaboration in one folder: a CA, certificates for the coordinator, a researcher and
 * each site, each site's table as CSV with its policy, and the coordinator's and sites' YAML
 * configuration files.
 */
public final class DemoFolder {
    public static final String RESEARCHER = "demo-researcher";
    public static final String COORDINATOR = "coordinator";
    /** A patch site's patch set: {@code SITE.h5} in its folder. */
    public static final String PATCHES_SUFFIX = ".h5";

    private final Path root;
    private final Map<String, Path> siteFolders;

    private DemoFolder(Path root, Map<String, Path> siteFolders) {
        this.root = root;
        this.siteFolders = siteFolders;
    }

    /**
     * Writes the collaboration for these sites into {@code root}; {@code minimumCellCounts} gives a
     * site's policy minimum (10 where not given).
     */
    public static DemoFolder create(
            Path root,
            Map<String, SurvivalTable> sites,
            Map<String, Integer> minimumCellCounts,
            Clock clock,
            SecureRandom random)
            throws IOException {
        CollaborationCa ca = collaboration(root, clock, random);
        Map<String, Path> folders = new LinkedHashMap<>();
        for (Map.Entry<String, SurvivalTable> site : sites.entrySet()) {
            Path folder = root.resolve("sites").resolve(site.getKey());
            issue(ca, folder, site.getKey(), Role.SITE, List.of(), clock, random);
            SiteTables.writeCsv(Map.of(site.getKey(), site.getValue()), folder);
            int minimum = minimumCellCounts.getOrDefault(site.getKey(), 10);
            write(
                    folder.resolve("policy.yaml"),
                    "algorithms: " + FederatedAlgorithms.names() + "\n"
                            + "columns: ["
                            + String.join(
                                    ", ",
                                    site.getValue().columnNames().stream()
                                            .map(c -> "'" + c + "'")
                                            .toList())
                            + "]\nresearchers: [" + RESEARCHER + "]\nminimum-cell-count: " + minimum + "\n");
            folders.put(site.getKey(), folder);
        }
        return new DemoFolder(root, folders);
    }

    /**
     * Writes a collaboration of sites that hold labelled patch embeddings (each its patch set as
     * {@code SITE.h5}, no table) into {@code root}; every site's policy allows every algorithm,
     * the demo researcher and a minimum cell count of 10.
     */
    public static DemoFolder createForPatches(Path root, Map<String, PatchSet> sites, Clock clock, SecureRandom random)
            throws IOException {
        CollaborationCa ca = collaboration(root, clock, random);
        Map<String, Path> folders = new LinkedHashMap<>();
        for (Map.Entry<String, PatchSet> site : sites.entrySet()) {
            Path folder = root.resolve("sites").resolve(site.getKey());
            issue(ca, folder, site.getKey(), Role.SITE, List.of(), clock, random);
            new PatchSets().write(site.getValue(), folder.resolve(site.getKey() + PATCHES_SUFFIX));
            write(
                    folder.resolve("policy.yaml"),
                    "algorithms: " + FederatedAlgorithms.names() + "\ncolumns: []\nresearchers: [" + RESEARCHER
                            + "]\nminimum-cell-count: 10\n");
            folders.put(site.getKey(), folder);
        }
        return new DemoFolder(root, folders);
    }

    /** The CA, the coordinator's and the researcher's certificates and the coordinator's configuration. */
    private static CollaborationCa collaboration(Path root, Clock clock, SecureRandom random) throws IOException {
        CollaborationCa ca = CollaborationCa.init(
                root.resolve("ca"), "precis demo collaboration", CollaborationCa.DEFAULT_VALIDITY, clock, random);
        issue(
                ca,
                root.resolve(COORDINATOR),
                COORDINATOR,
                Role.COORDINATOR,
                List.of("localhost", "127.0.0.1"),
                clock,
                random);
        issue(ca, root.resolve("researcher"), RESEARCHER, Role.RESEARCHER, List.of(), clock, random);
        write(
                root.resolve(COORDINATOR).resolve("coord.yaml"),
                "host: 127.0.0.1\nport: 0\nport_file: coordinator.port\n"
                        + "state: state\nphase_timeout_ms: 20000\nconnect_wait_ms: 20000\n" + tls(COORDINATOR));
        return ca;
    }

    /** Writes the site's {@code site.yaml} pointing at the coordinator's port; returns its path. */
    public Path siteConfig(String site, int coordinatorPort) throws IOException {
        Path folder = siteFolders.get(site);
        if (folder == null) {
            throw new IllegalArgumentException("no demo site '" + site + "'");
        }
        Path config = folder.resolve("site.yaml");
        String data = Files.exists(folder.resolve(site + PATCHES_SUFFIX))
                ? "patches: " + site + PATCHES_SUFFIX
                : "data: " + site + ".csv";
        write(
                config,
                "coordinator_host: 127.0.0.1\ncoordinator_port: " + coordinatorPort + "\n" + data + "\n"
                        + "policy: policy.yaml\naudit: audit.log\nwire_bytes: wire-bytes.json\nreconnect_initial_ms: 100\n"
                        + "reconnect_max_ms: 2000\n" + tls(site));
        return config;
    }

    public Path root() {
        return root;
    }

    public Path coordinatorConfig() {
        return root.resolve(COORDINATOR).resolve("coord.yaml");
    }

    /** Where the coordinator writes the port it chose. */
    public Path coordinatorPortFile() {
        return root.resolve(COORDINATOR).resolve("coordinator.port");
    }

    public Path coordinatorState() {
        return root.resolve(COORDINATOR).resolve("state");
    }

    public Path siteFolder(String site) {
        return siteFolders.get(site);
    }

    public Path caFolder() {
        return root.resolve("ca");
    }

    /** The researcher's key and chain, and the CA files, for a {@code ResearcherClient}. */
    public org.precis.federation.tls.TlsFiles researcherTls() {
        Path folder = root.resolve("researcher");
        return new org.precis.federation.tls.TlsFiles(
                folder.resolve(RESEARCHER + Credentials.KEY_SUFFIX),
                folder.resolve(RESEARCHER + Credentials.CHAIN_SUFFIX),
                caFolder().resolve(CollaborationCa.CERTIFICATE_FILE),
                caFolder().resolve(CollaborationCa.REVOCATION_FILE));
    }

    private static void issue(
            CollaborationCa ca,
            Path folder,
            String identity,
            Role role,
            List<String> hosts,
            Clock clock,
            SecureRandom random)
            throws IOException {
        Files.createDirectories(folder);
        ca.issue(CertificateRequest.of(identity, role, hosts), clock, random).write(folder, identity);
        Files.copy(
                ca.folder().resolve(CollaborationCa.CERTIFICATE_FILE),
                folder.resolve("ca.crt"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.copy(ca.revocationFile(), folder.resolve("revoked.crl"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static String tls(String identity) {
        return "tls:\n  key: " + identity + Credentials.KEY_SUFFIX + "\n  certificate: " + identity
                + Credentials.CHAIN_SUFFIX + "\n  ca: ca.crt\n  revocations: revoked.crl\n";
    }

    private static void write(Path file, String text) throws IOException {
        AtomicFile.writeString(file, text);
    }
}
