package org.precis.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.precis.store.CaseFixtures.json;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.precis.io.file.FileSha256;
import org.precis.store.audit.AuditEntry;
import org.precis.store.models.ModelAction;
import org.precis.store.models.ModelDetails;
import org.precis.store.models.ModelEvaluation;
import org.precis.store.models.ModelExport;
import org.precis.store.models.ModelRegistry;
import org.precis.store.models.ModelStatus;
import org.precis.store.models.ModelStatusChange;
import org.precis.store.models.ModelVersion;
import org.precis.store.models.NewModelEvaluation;
import org.precis.store.models.PrivacySpent;
import org.precis.store.models.TrainingSite;
import org.precis.store.sql.StoreException;
import org.precis.store.users.NotPermittedException;
import org.precis.store.users.Role;
import org.precis.store.users.User;

class ModelRegistryTest {
    private static final List<String> REGISTRY_TABLES =
            List.of("model_files", "model_versions", "model_evaluations", "model_status_changes");

    @BothStores
    void registersVersionsNumberedPerNameAndReadsEveryFieldBack(Store store) {
        ModelRegistry models = store.models();
        User rita = store.users().add("rita", Role.RESEARCHER).user();
        byte[] first = ModelFixtures.file("one");
        ModelVersion v1 = models.register(ModelFixtures.federated("lung", Optional.empty(), first), rita);
        ModelVersion v2 =
                models.register(ModelFixtures.federated("lung", Optional.of(1), ModelFixtures.file("two")), rita);
        ModelVersion other = models.register(ModelFixtures.local("colon", ModelFixtures.file("colon")), rita);

        assertThat(v1.version()).isEqualTo(1);
        assertThat(v1.parentVersion()).isEmpty();
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.parentVersion()).contains(1);
        assertThat(other.version()).isEqualTo(1);
        assertThat(v1.status()).isEqualTo(ModelStatus.CANDIDATE);
        assertThat(v1.fileSha256())
                .isEqualTo(HexFormat.of().formatHex(FileSha256.newDigest().digest(first)));
        assertThat(v1.fileBytes()).isEqualTo(first.length);
        assertThat(v1.task()).isEqualTo("lung-subtype");
        assertThat(v1.intendedUse()).startsWith("research use: lung adenocarcinoma");
        assertThat(v1.trainingData().sites())
                .containsExactly(
                        new TrainingSite("site-a", 1200, ModelFixtures.SITE_A_SHA256),
                        new TrainingSite("site-b", 800, ModelFixtures.SITE_B_SHA256));
        assertThat(v1.trainingData().recipe())
                .isEqualTo(json("{\"encoder\": \"mobilenet_v2\", \"mpp\": 0.5, \"tile_px\": 224}"));
        assertThat(v1.studyId()).contains("study-7");
        assertThat(v1.rounds()).isEqualTo(12);
        assertThat(v1.privacy()).contains(new PrivacySpent(3.5, 1e-5));
        assertThat(v1.encoderLicence()).isEqualTo("Apache-2.0");
        assertThat(v1.createdBy()).isEqualTo("rita");
        assertThat(v1.created()).isEqualTo("2026-12-01T09:30:00.123456Z");
        assertThat(other.privacy()).isEmpty();
        assertThat(other.studyId()).isEmpty();
        assertThat(other.trainingData().sites()).isEmpty();
        assertThat(other.trainingData().recipe().isNull()).isTrue();

        // a reopened store reads the same values
        assertThat(models.list()).containsExactly(other, v1, v2);
        assertThat(models.versions("lung")).containsExactly(v1, v2);
        ModelDetails shown = models.show("lung", 2);
        assertThat(shown.version()).isEqualTo(v2);
        assertThat(shown.evaluations()).isEmpty();
        assertThat(shown.history())
                .extracting(ModelStatusChange::status, ModelStatusChange::action, ModelStatusChange::changedBy)
                .containsExactly(tuple(ModelStatus.CANDIDATE, ModelAction.REGISTER, "rita"));
        assertThat(models.production("lung")).isEmpty();
        assertThat(models.file("lung", 1)).isEqualTo(first);

        assertThatThrownBy(() -> models.show("lung", 3))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessage("model lung has no version 3 (its versions are 1 to 2)");
        assertThatThrownBy(() -> models.show("liver", 1))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessage("there is no model named liver");
        assertThatThrownBy(() -> models.versions("liver")).hasMessage("there is no model named liver");
        assertThat(models.production("liver")).isEmpty();
    }

    @BothStores
    void identicalBytesAreStoredOnceAndAChangedFileIsDetectedOnRead(Store store, StoreFixture fixture)
            throws SQLException {
        ModelRegistry models = store.models();
        User rita = store.users().add("rita", Role.RESEARCHER).user();
        byte[] bytes = ModelFixtures.file("same");
        ModelVersion v1 = models.register(ModelFixtures.federated("lung", Optional.empty(), bytes), rita);
        ModelVersion copy = models.register(ModelFixtures.local("lung-copy", bytes), rita);
        assertThat(copy.fileSha256()).isEqualTo(v1.fileSha256());
        assertThat(count(fixture, "model_files")).isEqualTo(1);
        assertThat(count(fixture, "model_versions")).isEqualTo(2);

        try (Connection connection = fixture.connect();
                Statement statement = connection.createStatement()) {
            statement.execute(fixture.dropModelRegistryTrigger("model_files"));
            statement.executeUpdate("UPDATE model_files SET content = content || content");
        }
        String changed = "model lung v1: the stored file's SHA-256 is ";
        assertThatThrownBy(() -> models.file("lung", 1))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith(changed)
                .hasMessageEndingWith(", not " + v1.fileSha256() + " as registered; the file was changed");
        assertThatThrownBy(() -> models.export("lung-copy", Optional.of(1), "cli"))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("model lung-copy v1: the stored file's SHA-256 is ");
        // the refused export left no audit entry
        assertThat(store.audit().list(1, 100))
                .extracting(AuditEntry::event)
                .containsExactly("model-registered", "model-registered");
    }

    @BothStores
    void aRegistrationThatFailsLeavesNothingBehind(Store store, StoreFixture fixture) throws SQLException {
        ModelRegistry models = store.models();
        User rita = store.users().add("rita", Role.RESEARCHER).user();
        User paula = store.users().add("paula", Role.PATHOLOGIST).user();

        // the parent is checked after the file is stored: the transaction takes the file back too
        assertThatThrownBy(() -> models.register(
                        ModelFixtures.federated("lung", Optional.of(4), ModelFixtures.file("orphan")), rita))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessage("model lung has no version 4 to be the parent of a new version");
        assertThatThrownBy(() -> models.register(ModelFixtures.local("lung", ModelFixtures.file("x")), paula))
                .isInstanceOf(NotPermittedException.class)
                .hasMessage("registering a model needs the researcher or administrator role; paula is a pathologist");
        for (String table : REGISTRY_TABLES) {
            assertThat(count(fixture, table)).as(table).isZero();
        }
        assertThat(store.audit().list(1, 100)).isEmpty();
        assertThat(models.list()).isEmpty();

        ModelVersion v1 = models.register(ModelFixtures.local("lung", ModelFixtures.file("x")), rita);
        assertThat(v1.version()).isEqualTo(1);
        assertThatThrownBy(() ->
                        models.register(ModelFixtures.federated("lung", Optional.of(2), ModelFixtures.file("y")), rita))
                .isInstanceOf(NoSuchElementException.class);
        assertThat(count(fixture, "model_files")).isEqualTo(1);
        assertThat(models.versions("lung")).containsExactly(v1);
    }

    @BothStores
    void promotionNeedsEverySitesLatestEvaluationToSayBetterAndRetiresTheProductionVersion(Store store) {
        ModelRegistry models = store.models();
        User rita = store.users().add("rita", Role.RESEARCHER).user();
        User paula = store.users().add("paula", Role.PATHOLOGIST).user();
        models.register(ModelFixtures.federated("lung", Optional.empty(), ModelFixtures.file("one")), rita);
        models.register(ModelFixtures.federated("lung", Optional.of(1), ModelFixtures.file("two")), rita);

        assertThatThrownBy(() -> models.promote("lung", 1, rita, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("model lung v1 has no site evaluations; it becomes production only when every site's own"
                        + " validation says it is better");
        evaluate(models, 1, "site-a", true, rita);
        evaluate(models, 1, "site-b", true, rita);
        ModelVersion production1 = models.promote("lung", 1, rita, "first model");
        assertThat(production1.status()).isEqualTo(ModelStatus.PRODUCTION);

        evaluate(models, 2, "site-a", true, rita);
        evaluate(models, 2, "site-b", false, rita);
        evaluate(models, 2, "site-c", false, rita);
        assertThatThrownBy(() -> models.promote("lung", 2, rita, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("model lung v2 is not better at every site: site-b, site-c say it is not;"
                        + " it stays a candidate");
        evaluate(models, 2, "site-c", true, rita);
        assertThatThrownBy(() -> models.promote("lung", 2, rita, null))
                .hasMessage("model lung v2 is not better at every site: site-b says it is not; it stays a candidate");
        assertThatThrownBy(() -> models.promote("lung", 2, paula, null))
                .isInstanceOf(NotPermittedException.class)
                .hasMessage("promoting a model needs the researcher or administrator role; paula is a pathologist");
        // the site's later evaluation supersedes its earlier one
        ModelEvaluation latest = evaluate(models, 2, "site-b", true, rita);
        assertThat(latest.metrics()).isEqualTo(json("{\"auc\": 0.9}"));
        assertThat(latest.recordedBy()).isEqualTo("rita");
        ModelVersion production2 = models.promote("lung", 2, rita, null);

        assertThat(production2.status()).isEqualTo(ModelStatus.PRODUCTION);
        assertThat(models.production("lung")).contains(production2);
        assertThat(models.show("lung", 1).version().status()).isEqualTo(ModelStatus.RETIRED);
        assertThat(models.show("lung", 1).history())
                .extracting(ModelStatusChange::status, ModelStatusChange::action, ModelStatusChange::reason)
                .containsExactly(
                        tuple(ModelStatus.CANDIDATE, ModelAction.REGISTER, Optional.empty()),
                        tuple(ModelStatus.PRODUCTION, ModelAction.PROMOTE, Optional.of("first model")),
                        tuple(ModelStatus.RETIRED, ModelAction.PROMOTE, Optional.of("replaced by version 2")));
        ModelDetails shown = models.show("lung", 2);
        assertThat(shown.evaluations()).hasSize(5);
        assertThat(shown.latestBySite().values())
                .extracting(ModelEvaluation::site, ModelEvaluation::better)
                .containsExactly(tuple("site-a", true), tuple("site-b", true), tuple("site-c", true));
        assertThatThrownBy(() -> models.promote("lung", 2, rita, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("model lung v2 is already production");
    }

    @BothStores
    void forcingAPromotionNeedsAnAdministratorAndAReasonWhichIsRecorded(Store store) {
        ModelRegistry models = store.models();
        User rita = store.users().add("rita", Role.RESEARCHER).user();
        User adam = store.users().add("adam", Role.ADMINISTRATOR).user();
        models.register(ModelFixtures.local("lung", ModelFixtures.file("one")), rita);
        evaluate(models, 1, "site-a", false, rita);

        assertThatThrownBy(() -> models.forcePromote("lung", 1, rita, "urgent"))
                .isInstanceOf(NotPermittedException.class)
                .hasMessage("forcing a promotion needs the administrator role; rita is a researcher");
        assertThatThrownBy(() -> models.forcePromote("lung", 1, adam, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("forcing a promotion: the reason must not be empty");
        assertThatThrownBy(() -> models.promote("lung", 1, adam, "urgent"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("site-a says it is not");

        ModelVersion forced = models.forcePromote("lung", 1, adam, "site-a's reference standard is being revised");
        assertThat(forced.status()).isEqualTo(ModelStatus.PRODUCTION);
        ModelStatusChange change = models.show("lung", 1).history().get(1);
        assertThat(change.action()).isEqualTo(ModelAction.FORCED_PROMOTE);
        assertThat(change.changedBy()).isEqualTo("adam");
        assertThat(change.reason()).contains("site-a's reference standard is being revised");
        AuditEntry audited = store.audit().list(1, 100).get(2);
        assertThat(audited.event()).isEqualTo("model-promoted");
        assertThat(audited.actor()).isEqualTo("adam");
        assertThat(audited.details())
                .isEqualTo(json("{\"model\": \"lung\", \"version\": 1, \"forced\": true,"
                        + " \"reason\": \"site-a's reference standard is being revised\","
                        + " \"sites_better\": {\"site-a\": false}}"));
    }

    @BothStores
    void rollbackReturnsToTheVersionProductionBeforeTheCurrentOne(Store store) {
        ModelRegistry models = store.models();
        User rita = store.users().add("rita", Role.RESEARCHER).user();
        for (int version = 1; version <= 3; version++) {
            models.register(ModelFixtures.local("lung", ModelFixtures.file("v" + version)), rita);
        }
        assertThatThrownBy(() -> models.rollback("lung", rita, "bad"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("model lung has no production version to roll back");
        for (int version = 1; version <= 3; version++) {
            evaluate(models, version, "site-a", true, rita);
            models.promote("lung", version, rita, null);
        }
        assertThatThrownBy(() -> models.rollback("lung", rita, ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a rollback: the reason must not be empty");

        ModelVersion back = models.rollback("lung", rita, "v3 misreads faint staining at site-a");
        assertThat(back.version()).isEqualTo(2);
        assertThat(back.status()).isEqualTo(ModelStatus.PRODUCTION);
        assertThat(models.versions("lung"))
                .extracting(ModelVersion::status)
                .containsExactly(ModelStatus.RETIRED, ModelStatus.PRODUCTION, ModelStatus.RETIRED);
        assertThat(models.show("lung", 3).history().get(2))
                .extracting(ModelStatusChange::status, ModelStatusChange::action, ModelStatusChange::reason)
                .containsExactly(
                        ModelStatus.RETIRED, ModelAction.ROLLBACK, Optional.of("v3 misreads faint staining at site-a"));
        // a second rollback goes back one more promotion, not forth to v3
        assertThat(models.rollback("lung", rita, "v2 too").version()).isEqualTo(1);
        assertThat(models.production("lung").orElseThrow().version()).isEqualTo(1);
        assertThatThrownBy(() -> models.rollback("lung", rita, "again"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("model lung v1 is its first production version; there is none before it to roll back to");
        // promoting v3 again puts it above v1
        models.promote("lung", 3, rita, "fixed threshold");
        assertThat(models.rollback("lung", rita, "still wrong").version()).isEqualTo(1);
    }

    @BothStores
    void everyChangeAndExportIsInTheAuditTrail(Store store) {
        ModelRegistry models = store.models();
        User rita = store.users().add("rita", Role.RESEARCHER).user();
        byte[] one = ModelFixtures.file("one");
        models.register(ModelFixtures.federated("lung", Optional.empty(), one), rita);
        models.register(ModelFixtures.federated("lung", Optional.of(1), ModelFixtures.file("two")), rita);
        evaluate(models, 1, "site-a", true, rita);
        models.promote("lung", 1, rita, null);
        evaluate(models, 2, "site-a", true, rita);
        models.promote("lung", 2, rita, null);
        models.rollback("lung", rita, "regression");
        ModelExport export = models.export("lung", Optional.empty(), "cli");
        assertThat(export.version().version()).isEqualTo(1);
        assertThat(export.file()).isEqualTo(one);
        assertThatThrownBy(() -> models.export("colon", Optional.empty(), "cli"))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessage("there is no model named colon");

        List<AuditEntry> entries = store.audit().list(1, 100);
        assertThat(entries)
                .extracting(AuditEntry::actor, AuditEntry::event)
                .containsExactly(
                        tuple("rita", "model-registered"),
                        tuple("rita", "model-registered"),
                        tuple("rita", "model-evaluated"),
                        tuple("rita", "model-promoted"),
                        tuple("rita", "model-evaluated"),
                        tuple("rita", "model-promoted"),
                        tuple("rita", "model-rolled-back"),
                        tuple("cli", "model-exported"));
        assertThat(entries.get(1).details())
                .isEqualTo(json("{\"model\": \"lung\", \"version\": 2, \"parent_version\": 1, \"study\": \"study-7\","
                        + " \"task\": \"lung-subtype\", \"sha256\": \""
                        + models.show("lung", 2).version().fileSha256() + "\"}"));
        assertThat(entries.get(5).details().get("retired_version").asInt()).isEqualTo(1);
        assertThat(entries.get(6).details())
                .isEqualTo(json("{\"model\": \"lung\", \"version\": 1, \"retired_version\": 2,"
                        + " \"reason\": \"regression\"}"));
        assertThat(store.audit().verify().intact()).isTrue();
    }

    @BothStores
    void theDatabaseRefusesToChangeOrRemoveRegistryRows(Store store, StoreFixture fixture) throws SQLException {
        ModelRegistry models = store.models();
        User rita = store.users().add("rita", Role.RESEARCHER).user();
        models.register(ModelFixtures.local("lung", ModelFixtures.file("one")), rita);
        evaluate(models, 1, "site-a", true, rita);
        models.promote("lung", 1, rita, null);
        try (Connection connection = fixture.connect();
                Statement statement = connection.createStatement()) {
            for (String table : REGISTRY_TABLES) {
                String column = table.equals("model_files")
                        ? "stored"
                        : table.equals("model_versions")
                                ? "created"
                                : table.equals("model_evaluations") ? "evaluated" : "changed";
                assertThatThrownBy(() -> statement.executeUpdate("UPDATE " + table + " SET " + column + " = " + column))
                        .as(table)
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining(table + " rows cannot be changed: the model registry is append-only");
                assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM " + table))
                        .as(table)
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining(table + " rows cannot be changed");
            }
        }
        assertThat(models.production("lung").orElseThrow().version()).isEqualTo(1);
        assertThat(count(fixture, "model_status_changes")).isEqualTo(2);
    }

    private static ModelEvaluation evaluate(ModelRegistry models, int version, String site, boolean better, User by) {
        return models.recordEvaluation(
                "lung",
                version,
                new NewModelEvaluation(site, Optional.of("study-7"), json("{\"auc\": 0.9}"), better),
                by);
    }

    private static long count(StoreFixture fixture, String table) throws SQLException {
        try (Connection connection = fixture.connect();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            row.next();
            return row.getLong(1);
        }
    }
}
