package org.precis.store.models;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.precis.store.audit.AuditTrail;
import org.precis.store.sql.Database;
import org.precis.store.users.User;

/**
 * The registry of models the workstation may run. Thread-safe; every method is one transaction,
 * and every change also appends its audit entry in that transaction, so a failure leaves neither
 * the change nor its entry. Changes to a model's versions lock the model's first version, so two
 * registrations never take the same number and two promotions never interleave.
 *
 * <p>Errors: {@link NoSuchElementException} for an unknown model or version ({@link #production}
 * excepted: an unknown model has no production version); {@link
 * IllegalArgumentException} for bad values; {@link IllegalStateException} for a promotion the
 * sites' evaluations do not support, or a rollback with nowhere to go; {@link
 * org.precis.store.users.NotPermittedException} when the user's role does not allow it; {@link
 * org.precis.store.sql.StoreException} when a stored file no longer matches its SHA-256.
 */
public final class ModelRegistry {
    private final Database database;
    private final AuditTrail audit;

    public ModelRegistry(Database database, AuditTrail audit) {
        this.database = database;
        this.audit = audit;
    }

    /**
     * Registers the next version of {@code model.name()} as a candidate: its file (stored once
     * under its SHA-256), the version row, its first status and the audit entry, all or nothing.
     * Researchers and administrators may register; the parent, if named, must be a stored version.
     */
    public ModelVersion register(NewModelVersion model, User actor) {
        if (model == null) {
            throw new IllegalArgumentException("no model given");
        }
        Instant now = database.now();
        return database.transaction(connection -> {
            User registrar = ModelActors.steward(connection, actor, "registering a model");
            String sha256 = FileRows.insertIfAbsent(connection, model.file(), now);
            String name = model.name();
            int version = VersionRows.lockModel(connection, name) ? VersionRows.lastVersion(connection, name) + 1 : 1;
            if (model.parentVersion().isPresent()
                    && VersionRows.find(connection, name, model.parentVersion().get())
                            .isEmpty()) {
                throw new NoSuchElementException("model " + name + " has no version "
                        + model.parentVersion().get() + " to be the parent of a new version");
            }
            VersionRows.insert(connection, version, model, sha256, now, registrar);
            StatusRows.insert(
                    connection,
                    name,
                    version,
                    ModelStatus.CANDIDATE,
                    ModelAction.REGISTER,
                    now,
                    registrar,
                    Optional.empty());
            ObjectNode details = details(name, version).put("sha256", sha256).put("task", model.task());
            model.parentVersion().ifPresent(parent -> details.put("parent_version", parent));
            model.studyId().ifPresent(study -> details.put("study", study));
            audit.append(connection, registrar.name(), "model-registered", details);
            return VersionRows.require(connection, name, version);
        });
    }

    /** Every version of every model, by name and version. */
    public List<ModelVersion> list() {
        return database.transaction(VersionRows::all);
    }

    /** The model's versions, oldest first; NoSuchElementException for an unknown model. */
    public List<ModelVersion> versions(String name) {
        ModelValues.requireName(name);
        return database.transaction(connection -> versions(connection, name));
    }

    private static List<ModelVersion> versions(Connection connection, String name) throws SQLException {
        List<ModelVersion> versions = VersionRows.of(connection, name);
        if (versions.isEmpty()) {
            throw new NoSuchElementException("there is no model named " + name);
        }
        return versions;
    }

    /** A version with its evaluations and status history. */
    public ModelDetails show(String name, int version) {
        ModelValues.requireName(name);
        return database.transaction(connection -> new ModelDetails(
                VersionRows.require(connection, name, version),
                EvaluationRows.of(connection, name, version),
                StatusRows.history(connection, name, version)));
    }

    /** The model's production version; empty when it has none, or when no model has that name. */
    public Optional<ModelVersion> production(String name) {
        ModelValues.requireName(name);
        return database.transaction(connection -> production(VersionRows.of(connection, name)));
    }

    private static Optional<ModelVersion> production(List<ModelVersion> versions) {
        return versions.stream()
                .filter(version -> version.status() == ModelStatus.PRODUCTION)
                .findFirst();
    }

    /** Records a site's own evaluation of a version (researchers and administrators). */
    public ModelEvaluation recordEvaluation(String name, int version, NewModelEvaluation evaluation, User actor) {
        ModelValues.requireName(name);
        if (evaluation == null) {
            throw new IllegalArgumentException("no evaluation given");
        }
        Instant now = database.now();
        return database.transaction(connection -> {
            User recorder = ModelActors.steward(connection, actor, "recording a model evaluation");
            VersionRows.require(connection, name, version);
            EvaluationRows.insert(connection, name, version, evaluation, now, recorder);
            ObjectNode details =
                    details(name, version).put("site", evaluation.site()).put("better", evaluation.better());
            evaluation.studyId().ifPresent(study -> details.put("study", study));
            audit.append(connection, recorder.name(), "model-evaluated", details);
            List<ModelEvaluation> evaluations = EvaluationRows.of(connection, name, version);
            return evaluations.get(evaluations.size() - 1);
        });
    }

    /**
     * Makes the version production and retires the one that was; researchers and administrators
     * may. Refused (IllegalStateException naming the sites) unless the version has evaluations and
     * every site's latest evaluation says it is better. {@code reason} may be null.
     */
    public ModelVersion promote(String name, int version, User actor, String reason) {
        return promote(name, version, actor, ModelValues.optionalReason(reason), ModelAction.PROMOTE);
    }

    /**
     * Makes the version production whatever the sites' evaluations say: only an administrator, and
     * only with a reason, which the status history and the audit trail keep.
     */
    public ModelVersion forcePromote(String name, int version, User actor, String reason) {
        String why = ModelValues.requireText("forcing a promotion: the reason", reason, ModelValues.MAX_REASON_CHARS);
        return promote(name, version, actor, Optional.of(why), ModelAction.FORCED_PROMOTE);
    }

    private ModelVersion promote(String name, int version, User actor, Optional<String> reason, ModelAction action) {
        ModelValues.requireName(name);
        Instant now = database.now();
        return database.transaction(connection -> {
            User promoter = action == ModelAction.FORCED_PROMOTE
                    ? ModelActors.administrator(connection, actor, "forcing a promotion")
                    : ModelActors.steward(connection, actor, "promoting a model");
            VersionRows.requireLockedModel(connection, name);
            ModelVersion target = VersionRows.require(connection, name, version);
            if (target.status() == ModelStatus.PRODUCTION) {
                throw new IllegalStateException("model " + target.label() + " is already production");
            }
            Map<String, ModelEvaluation> latest =
                    new ModelDetails(target, EvaluationRows.of(connection, name, version), List.of()).latestBySite();
            if (action == ModelAction.PROMOTE) {
                requireBetterEverywhere(target, latest);
            }
            Optional<Integer> previous =
                    new ProductionHistory(StatusRows.productionChanges(connection, name)).current();
            if (previous.isPresent()) {
                StatusRows.insert(
                        connection,
                        name,
                        previous.get(),
                        ModelStatus.RETIRED,
                        action,
                        now,
                        promoter,
                        Optional.of("replaced by version " + version));
            }
            StatusRows.insert(connection, name, version, ModelStatus.PRODUCTION, action, now, promoter, reason);
            ObjectNode details = details(name, version).put("forced", action == ModelAction.FORCED_PROMOTE);
            previous.ifPresent(retired -> details.put("retired_version", retired));
            reason.ifPresent(why -> details.put("reason", why));
            ObjectNode sites = details.putObject("sites_better");
            latest.forEach((site, evaluation) -> sites.put(site, evaluation.better()));
            audit.append(connection, promoter.name(), "model-promoted", details);
            return VersionRows.require(connection, name, version);
        });
    }

    private static void requireBetterEverywhere(ModelVersion target, Map<String, ModelEvaluation> latest) {
        if (latest.isEmpty()) {
            throw new IllegalStateException("model " + target.label() + " has no site evaluations; it becomes"
                    + " production only when every site's own validation says it is better");
        }
        List<String> notBetter = latest.values().stream()
                .filter(evaluation -> !evaluation.better())
                .map(ModelEvaluation::site)
                .sorted()
                .toList();
        if (!notBetter.isEmpty()) {
            throw new IllegalStateException("model " + target.label() + " is not better at every site: "
                    + String.join(", ", notBetter) + (notBetter.size() == 1 ? " says" : " say")
                    + " it is not; it stays a candidate");
        }
    }

    /**
     * Returns production to the version that was production before the current one, retiring the
     * current; researchers and administrators may, with a reason. IllegalStateException when the
     * model has no production version or none before it.
     */
    public ModelVersion rollback(String name, User actor, String reason) {
        ModelValues.requireName(name);
        String why = ModelValues.requireText("a rollback: the reason", reason, ModelValues.MAX_REASON_CHARS);
        Instant now = database.now();
        return database.transaction(connection -> {
            User user = ModelActors.steward(connection, actor, "rolling back a model");
            VersionRows.requireLockedModel(connection, name);
            ProductionHistory history = new ProductionHistory(StatusRows.productionChanges(connection, name));
            int current = history.current()
                    .orElseThrow(() ->
                            new IllegalStateException("model " + name + " has no production version to roll back"));
            int previous = history.previous()
                    .orElseThrow(() -> new IllegalStateException("model " + name + " v" + current
                            + " is its first production version; there is none before it to roll back to"));
            Optional<String> because = Optional.of(why);
            StatusRows.insert(connection, name, current, ModelStatus.RETIRED, ModelAction.ROLLBACK, now, user, because);
            StatusRows.insert(
                    connection, name, previous, ModelStatus.PRODUCTION, ModelAction.ROLLBACK, now, user, because);
            audit.append(
                    connection,
                    user.name(),
                    "model-rolled-back",
                    details(name, previous).put("retired_version", current).put("reason", why));
            return VersionRows.require(connection, name, previous);
        });
    }

    /** The version's file, checked against its SHA-256 (StoreException when it no longer matches). */
    public byte[] file(String name, int version) {
        ModelValues.requireName(name);
        return database.transaction(connection -> {
            ModelVersion found = VersionRows.require(connection, name, version);
            return FileRows.read(connection, found.fileSha256(), found.label());
        });
    }

    /**
     * The file of a version (the production one when {@code version} is empty), checked against
     * its SHA-256, with an audit entry by {@code actor} (a user name, or e.g. {@code cli}).
     * IllegalStateException when no version is named and none is production.
     */
    public ModelExport export(String name, Optional<Integer> version, String actor) {
        ModelValues.requireName(name);
        return database.transaction(connection -> {
            ModelVersion found = version.isPresent()
                    ? VersionRows.require(connection, name, version.get())
                    : production(versions(connection, name))
                            .orElseThrow(() -> new IllegalStateException(
                                    "model " + name + " has no production version; name the version to export"));
            byte[] file = FileRows.read(connection, found.fileSha256(), found.label());
            audit.append(
                    connection,
                    actor,
                    "model-exported",
                    details(name, found.version()).put("sha256", found.fileSha256()));
            return new ModelExport(found, file);
        });
    }

    private static ObjectNode details(String name, int version) {
        return JsonNodeFactory.instance.objectNode().put("model", name).put("version", version);
    }
}
