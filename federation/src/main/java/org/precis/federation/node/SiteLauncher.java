package org.precis.federation.node;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.precis.embed.patches.PatchRecipes;
import org.precis.embed.patches.PatchSet;
import org.precis.embed.patches.PatchSets;
import org.precis.federation.algorithm.SiteData;
import org.precis.federation.audit.AuditEventType;
import org.precis.federation.audit.AuditLog;
import org.precis.federation.config.SiteConfig;
import org.precis.federation.pki.Role;
import org.precis.federation.policy.SitePolicy;
import org.precis.federation.policy.SitePolicyFile;
import org.precis.federation.study.AlgorithmCatalog;
import org.precis.federation.tls.MutualTls;
import org.precis.federation.wire.Nonces;
import org.precis.survival.data.SurvivalTable;

/**
 * Builds and starts a site node from its configuration: certificate (which must be a site's), policy,
 * table, audit log; the site's identity is its certificate's CN.
 */
public final class SiteLauncher {
    private final AlgorithmCatalog algorithms;
    private final MaskingParticipants masking;
    private final Clock clock;
    private final SecureRandom random;

    public SiteLauncher(AlgorithmCatalog algorithms, MaskingParticipants masking, Clock clock, SecureRandom random) {
        this.algorithms = algorithms;
        this.masking = masking;
        this.clock = clock;
        this.random = random;
    }

    /** Starts the node; {@code extraListeners} are told of every message sent, after the byte meter. */
    public RunningSite launch(SiteConfig config, List<SentMessages> extraListeners) throws IOException {
        MutualTls tls = MutualTls.load(config.tls(), clock);
        if (tls.identity().role() != Role.SITE) {
            throw new IllegalArgumentException(config.tls().certificateChain() + ": the certificate is for "
                    + tls.identity() + ", a site node needs a site certificate");
        }
        String site = tls.identity().identity();
        SitePolicy policy = SitePolicyFile.load(config.policy());
        SurvivalTable table =
                config.data().isPresent() ? SurvivalTable.readCsv(config.data().get()) : SurvivalTable.of(List.of());
        Optional<PatchSet> patches = config.patches().isPresent()
                ? Optional.of(new PatchSets().read(config.patches().get()))
                : Optional.empty();
        AuditLog audit = AuditLog.open(config.audit(), clock);
        ObjectNode started = JsonNodeFactory.instance
                .objectNode()
                .put("site", site)
                .put("rows", table.rowCount())
                .put("minimum_cell_count", policy.minimumCellCount())
                .put("privacy_ledger", config.privacyLedger().toString());
        policy.maxEpsilon().ifPresent(max -> started.put("max_epsilon", max));
        patches.ifPresent(set -> started.put("patches", set.count())
                .put("patch_classes", set.classNames().toString())
                .put("patch_recipe", new PatchRecipes().toText(set.recipe()))
                .put("patch_data_sha256", set.dataSha256()));
        new TreeSet<>(policy.algorithms()).forEach(started.putArray("algorithms")::add);
        new TreeSet<>(policy.columns()).forEach(started.putArray("columns")::add);
        new TreeSet<>(policy.researchers()).forEach(started.putArray("researchers")::add);
        audit.append(AuditEventType.SITE_STARTED, started);
        PrivacyLedger ledger = PrivacyLedger.open(config.privacyLedger(), policy.maxEpsilon(), clock);
        SiteTasks tasks = new SiteTasks(
                site,
                policy,
                new SiteData(site, table, patches),
                algorithms,
                masking,
                audit,
                new Nonces(random),
                ledger);
        ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "site-" + site);
            thread.setDaemon(false);
            return thread;
        });
        WireMeter meter = new WireMeter();
        List<SentMessages> listeners = new ArrayList<>();
        listeners.add(meter);
        listeners.addAll(extraListeners);
        java.util.function.Consumer<org.precis.federation.proto.RoundKey> afterRound = key -> {
            meter.roundClosed(key.getStudyId());
            config.wireBytes().ifPresent(file -> {
                try {
                    meter.write(file);
                } catch (IOException e) {
                    System.getLogger(SiteLauncher.class.getName())
                            .log(System.Logger.Level.WARNING, file + ": cannot write byte counts: " + e.getMessage());
                }
            });
        };
        SiteNode node = new SiteNode(
                config.coordinatorHost(),
                config.coordinatorPort(),
                tls,
                tasks,
                new Backoff(config.reconnectInitial(), config.reconnectMax(), random),
                worker,
                listeners,
                afterRound);
        node.start();
        return new RunningSite(site, node, audit, worker, meter);
    }
}
