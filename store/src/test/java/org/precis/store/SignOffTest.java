package org.precis.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.precis.store.CaseFixtures.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.precis.io.json.CanonicalJson;
import org.precis.store.CaseFixtures.BreastCase;
import org.precis.store.cases.CaseStatus;
import org.precis.store.cases.Cases;
import org.precis.store.cases.LabelledFinding;
import org.precis.store.cases.NewAnalysis;
import org.precis.store.cases.ReportStatus;
import org.precis.store.cases.ReportVersion;
import org.precis.store.cases.ReviewDecision;
import org.precis.store.cases.SlideRef;
import org.precis.store.users.NotPermittedException;
import org.precis.store.users.Role;
import org.precis.store.users.User;

class SignOffTest {
    private static final String POINT =
            "{\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [1, 2]}}";

    @BothStores
    void signingNeedsAPathologistAndEveryFindingReviewedThenFreezesTheCase(Store store, StoreFixture fixture)
            throws SQLException {
        BreastCase breast = CaseFixtures.breastCase(store);
        Cases cases = store.cases();
        User alice = store.users().add("alice", Role.PATHOLOGIST).user();
        User rita = store.users().add("rita", Role.RESEARCHER).user();
        long ki67 = breast.ki67().id();
        long grade = breast.grade().id();
        cases.review(breast.id(), ki67, "ki67_index", ReviewDecision.ACCEPT, null, null, alice);
        cases.review(breast.id(), ki67, "positive", ReviewDecision.CHANGE, json("250"), null, alice);
        cases.review(breast.id(), grade, "tubules", ReviewDecision.ACCEPT, null, null, alice);

        assertThatThrownBy(() -> cases.signOff(breast.id(), rita))
                .isInstanceOf(NotPermittedException.class)
                .hasMessage("signing a report needs the pathologist role; rita is a researcher");
        assertThatThrownBy(() -> cases.signOff(breast.id(), alice))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("case C-0001 has unreviewed findings: analysis " + ki67 + " (ki67) negative, analysis "
                        + grade + " (grade) mitoses, analysis " + grade + " (grade) pleomorphism");
        cases.review(breast.id(), ki67, "negative", ReviewDecision.REJECT, null, null, alice);
        cases.review(breast.id(), grade, "pleomorphism", ReviewDecision.ACCEPT, null, null, alice);
        cases.review(breast.id(), grade, "mitoses", ReviewDecision.CHANGE, json("2"), "recounted", alice);
        long annotation = cases.saveAnnotation(breast.id(), "S1", json(POINT), alice);

        JsonNode draft = cases.draftSnapshot(breast.id());
        ReportVersion signed = cases.signOff(breast.id(), alice);
        // the draft's content is what the sign-off froze; only the signing fields are added
        JsonNode frozen = signed.snapshot().orElseThrow().deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) frozen.get("report")).remove(List.of("signed", "signed_by"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) frozen.get("report")).put("status", "draft");
        assertThat(CanonicalJson.write(frozen)).isEqualTo(CanonicalJson.write(draft));
        assertThatThrownBy(() -> cases.draftSnapshot(breast.id()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("case C-0001 has no open version: version 1 is signed");
        assertThat(signed.version()).isEqualTo(1);
        assertThat(signed.status()).isEqualTo(ReportStatus.SIGNED);
        assertThat(signed.signedBy()).contains("alice");
        assertThat(signed.signed()).contains(alice.created());
        JsonNode snapshot = signed.snapshot().orElseThrow();
        assertThat(signed.snapshotSha256()).contains(CanonicalJson.sha256(snapshot));
        assertThat(snapshot.at("/case/id").asText()).isEqualTo("C-0001");
        assertThat(snapshot.at("/clinical/size_mm").asInt()).isEqualTo(22);
        assertThat(snapshot.at("/slides/0/sha256").asText()).isEqualTo(CaseFixtures.SLIDE_SHA256);
        assertThat(snapshot.get("analyses")).hasSize(2);
        assertThat(snapshot.get("reviews")).hasSize(6);
        assertThat(snapshot.at("/annotations/0/id").asLong()).isEqualTo(annotation);
        assertThat(snapshot.at("/report/signed_by").asText()).isEqualTo("alice");
        assertThat(cases.find(breast.id()).orElseThrow().status()).isEqualTo(CaseStatus.SIGNED);
        assertThat(cases.reportVersions(breast.id())).containsExactly(signed);

        String refusal = "case C-0001 is signed; amend it first";
        assertThatThrownBy(() -> cases.review(breast.id(), ki67, "positive", ReviewDecision.ACCEPT, null, null, alice))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(refusal);
        assertThatThrownBy(() -> cases.saveAnnotation(breast.id(), "S1", json(POINT), alice))
                .hasMessage(refusal);
        assertThatThrownBy(() -> cases.deleteAnnotation(breast.id(), annotation, alice))
                .hasMessage(refusal);
        assertThatThrownBy(() -> cases.updateClinical(breast.id(), json("{\"size_mm\": 25}")))
                .hasMessage(refusal);
        assertThatThrownBy(
                        () -> cases.addSlide(breast.id(), new SlideRef("S2", "b.svs", "B", CaseFixtures.SLIDE_SHA256)))
                .hasMessage(refusal);
        assertThatThrownBy(() -> cases.recordAnalysis(
                        breast.id(), new NewAnalysis("npi", Optional.empty(), json("{\"npi\": 4.4}"), json("{}"))))
                .hasMessage(refusal);
        assertThatThrownBy(() -> cases.signOff(breast.id(), alice))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("case C-0001 is signed (version 1); amend it first");

        // The database refuses too, for whoever bypasses the store.
        try (Connection connection = fixture.connect();
                Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate(
                            "UPDATE report_versions SET snapshot_sha256 = '" + "0".repeat(64) + "'"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("report version 1 of case C-0001 is signed and cannot be changed");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM report_versions"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("is signed and cannot be changed");
        }
        assertThat(cases.reportVersions(breast.id())).containsExactly(signed);
    }

    @BothStores
    void anAmendmentIsTheNextVersionWithItsReasonAndSignsAsAmended(Store store) {
        BreastCase breast = CaseFixtures.breastCase(store);
        Cases cases = store.cases();
        User alice = store.users().add("alice", Role.PATHOLOGIST).user();
        User rita = store.users().add("rita", Role.RESEARCHER).user();
        reviewAll(cases, breast, alice);
        assertThat(cases.labelledFindings()).isEmpty();
        assertThatThrownBy(() -> cases.amend(breast.id(), "too early", alice))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("case C-0001 has an open draft (version 1); sign it before amending");
        ReportVersion first = cases.signOff(breast.id(), alice);

        assertThat(cases.labelledFindings())
                .extracting(LabelledFinding::findingKey, LabelledFinding::decision)
                .containsExactly(
                        tuple("ki67_index", ReviewDecision.ACCEPT),
                        tuple("negative", ReviewDecision.ACCEPT),
                        tuple("positive", ReviewDecision.CHANGE),
                        tuple("mitoses", ReviewDecision.ACCEPT),
                        tuple("pleomorphism", ReviewDecision.ACCEPT),
                        tuple("tubules", ReviewDecision.ACCEPT));
        LabelledFinding positive = cases.labelledFindings().get(2);
        assertThat(positive.modelValue()).isEqualTo(json("230"));
        assertThat(positive.finalValue()).isEqualTo(json("250"));
        assertThat(positive.caseId()).isEqualTo("C-0001");
        assertThat(positive.analysisKind()).isEqualTo("ki67");
        assertThat(positive.provenance().at("/model/id").asText()).isEqualTo("ki67-detector");

        assertThatThrownBy(() -> cases.amend(breast.id(), "recount", rita))
                .isInstanceOf(NotPermittedException.class)
                .hasMessage("amending a report needs the pathologist role; rita is a researcher");
        assertThatThrownBy(() -> cases.amend(breast.id(), " ", alice))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("amendment reason is empty");
        ReportVersion draft = cases.amend(breast.id(), "mitoses recounted on level 2", alice);
        assertThat(draft.version()).isEqualTo(2);
        assertThat(draft.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(draft.reason()).contains("mitoses recounted on level 2");
        assertThat(draft.openedBy()).contains("alice");
        assertThat(draft.snapshot()).isEmpty();
        assertThat(cases.find(breast.id()).orElseThrow().status()).isEqualTo(CaseStatus.AMENDING);
        assertThatThrownBy(() -> cases.amend(breast.id(), "again", alice))
                .hasMessage("case C-0001 has an open draft (version 2); sign it before amending");

        cases.review(breast.id(), breast.grade().id(), "mitoses", ReviewDecision.CHANGE, json("3"), "level 2", alice);
        // Until the amendment is signed, the labels are those of version 1.
        assertThat(cases.labelledFindings().get(3).finalValue()).isEqualTo(json("1"));
        ReportVersion amended = cases.signOff(breast.id(), alice);
        assertThat(amended.version()).isEqualTo(2);
        assertThat(amended.status()).isEqualTo(ReportStatus.AMENDED);
        assertThat(amended.reason()).contains("mitoses recounted on level 2");
        JsonNode snapshot = amended.snapshot().orElseThrow();
        assertThat(snapshot.at("/report/reason").asText()).isEqualTo("mitoses recounted on level 2");
        assertThat(snapshot.at("/report/amends/version").asInt()).isEqualTo(1);
        assertThat(snapshot.at("/report/amends/sha256").asText())
                .isEqualTo(first.snapshotSha256().orElseThrow());
        assertThat(snapshot.at("/reviews/3/final_value").asInt()).isEqualTo(3);
        assertThat(cases.find(breast.id()).orElseThrow().status()).isEqualTo(CaseStatus.AMENDED);
        assertThat(cases.find(breast.id()).orElseThrow().reportVersion()).isEqualTo(2);
        assertThat(cases.reportVersions(breast.id())).containsExactly(first, amended);
        assertThat(cases.labelledFindings().get(3).finalValue()).isEqualTo(json("3"));
        assertThat(cases.labelledFindings().get(3).decision()).isEqualTo(ReviewDecision.CHANGE);
    }

    private static void reviewAll(Cases cases, BreastCase breast, User pathologist) {
        for (var analysis : cases.analyses(breast.id())) {
            for (String key : analysis.findingKeys()) {
                boolean change = key.equals("positive");
                cases.review(
                        breast.id(),
                        analysis.id(),
                        key,
                        change ? ReviewDecision.CHANGE : ReviewDecision.ACCEPT,
                        change ? json("250") : null,
                        null,
                        pathologist);
            }
        }
    }
}
