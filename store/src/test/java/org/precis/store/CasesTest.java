package org.precis.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.precis.store.CaseFixtures.json;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.precis.store.CaseFixtures.BreastCase;
import org.precis.store.cases.AnalysisRecord;
import org.precis.store.cases.Annotation;
import org.precis.store.cases.CaseRecord;
import org.precis.store.cases.CaseStatus;
import org.precis.store.cases.Cases;
import org.precis.store.cases.NewAnalysis;
import org.precis.store.cases.NewCase;
import org.precis.store.cases.Review;
import org.precis.store.cases.ReviewDecision;
import org.precis.store.cases.SlideRef;
import org.precis.store.users.NotPermittedException;
import org.precis.store.users.Role;
import org.precis.store.users.User;

class CasesTest {

    @BothStores
    void createsNumberedAndNamedCasesWithSlidesAndAnalyses(Store store) {
        Cases cases = store.cases();
        CaseRecord named = cases.create(new NewCase(Optional.of("C-0002"), "P-1", "lung resection", json("{}")));
        CaseRecord first = cases.create(new NewCase("P-2", "breast core", json("{\"age\": 61, \"er\": null}")));
        CaseRecord third = cases.create(new NewCase("P-3", "breast core", json("{}")));
        assertThat(first.caseId()).isEqualTo("C-0001");
        assertThat(third.caseId()).isEqualTo("C-0003");
        assertThat(first.status()).isEqualTo(CaseStatus.DRAFT);
        assertThat(first.reportVersion()).isEqualTo(1);
        assertThat(first.clinical()).isEqualTo(json("{\"age\": 61, \"er\": null}"));
        assertThat(cases.list()).extracting(CaseRecord::caseId).containsExactly("C-0001", "C-0002", "C-0003");
        assertThat(cases.find("C-0002")).contains(named);
        assertThat(cases.find("C-0009")).isEmpty();
        assertThatThrownBy(() -> cases.create(new NewCase(Optional.of("C-0002"), "P-4", "x", json("{}"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("case C-0002 already exists");
        assertThatThrownBy(() -> new NewCase(Optional.of("C 1"), "P-4", "x", json("{}")))
                .hasMessageStartingWith("bad case id 'C 1'");
        assertThatThrownBy(() -> new NewCase("Jane Doe", "x", json("{}")))
                .hasMessageStartingWith("bad patient pseudonym 'Jane Doe'");
        assertThatThrownBy(() -> new NewCase("P-4", "x", json("{\"stage\": {\"t\": 2}}")))
                .hasMessage("clinical column stage must be a number, text, true/false or null, not OBJECT");

        SlideRef slide = new SlideRef("S1", "lung/LUAD 1.tiff", "block A", CaseFixtures.SLIDE_SHA256);
        cases.addSlide("C-0001", slide);
        assertThat(cases.slides("C-0001")).containsExactly(slide);
        assertThatThrownBy(() -> cases.addSlide("C-0001", slide))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("case C-0001 already has a slide S1");
        for (String path :
                new String[] {"/etc/passwd", "../secret.svs", "a/../../b.svs", "C:\\slides\\x.svs", "\\\\x"}) {
            assertThatThrownBy(() -> new SlideRef("S2", path, "x", CaseFixtures.SLIDE_SHA256))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("slide path '" + path + "'");
        }
        assertThatThrownBy(() -> new SlideRef("S2", "x.svs", "x", "abc"))
                .hasMessage("slide S2 SHA-256 must be 64 hex digits: abc");
        assertThatThrownBy(() -> cases.slides("C-0009"))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessage("no case C-0009");

        var qc = cases.recordAnalysis(
                "C-0001",
                new NewAnalysis("qc", Optional.of("S1"), json("{\"blur\": false}"), json("{\"software\": \"p\"}")));
        assertThat(qc.reportVersion()).isEqualTo(1);
        assertThat(qc.findingKeys()).containsExactly("blur");
        assertThat(cases.analyses("C-0001")).containsExactly(qc);
        assertThatThrownBy(() -> cases.recordAnalysis(
                        "C-0001", new NewAnalysis("qc", Optional.of("S7"), json("{\"blur\": true}"), json("{}"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("case C-0001 has no slide S7");
        assertThatThrownBy(() -> new NewAnalysis("Ki 67", Optional.empty(), json("{\"a\": 1}"), json("{}")))
                .hasMessageStartingWith("bad analysis kind 'Ki 67'");
        assertThatThrownBy(() -> new NewAnalysis("npi", Optional.empty(), json("[4.2]"), json("{}")))
                .hasMessage("analysis result must be a JSON object, got ARRAY");
    }

    @BothStores
    void reviewsKeepTheModelValueBesideThePathologistsFinalValue(Store store) {
        BreastCase breast = CaseFixtures.breastCase(store);
        Cases cases = store.cases();
        User alice = store.users().add("alice", Role.PATHOLOGIST).user();
        User rita = store.users().add("rita", Role.RESEARCHER).user();
        long ki67 = breast.ki67().id();

        Review accepted = cases.review(breast.id(), ki67, "ki67_index", ReviewDecision.ACCEPT, null, null, alice);
        assertThat(accepted.modelValue()).isEqualTo(json("0.23"));
        assertThat(accepted.finalValue()).isEqualTo(json("0.23"));
        assertThat(accepted.reviewer()).isEqualTo("alice");
        Review changed = cases.review(
                breast.id(), ki67, "positive", ReviewDecision.CHANGE, json("250"), "missed a hotspot", alice);
        assertThat(changed.modelValue()).isEqualTo(json("230"));
        assertThat(changed.finalValue()).isEqualTo(json("250"));
        assertThat(changed.comment()).contains("missed a hotspot");
        Review rejected = cases.review(breast.id(), ki67, "negative", ReviewDecision.REJECT, null, "stroma", alice);
        assertThat(rejected.finalValue().isNull()).isTrue();
        assertThat(cases.reviews(breast.id())).containsExactly(accepted, changed, rejected);

        assertThatThrownBy(() ->
                        cases.review(breast.id(), ki67, "ki67_index", ReviewDecision.ACCEPT, json("0.3"), null, alice))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("accepting ki67_index keeps the model's value 0.23; use change");
        assertThatThrownBy(() ->
                        cases.review(breast.id(), ki67, "positive", ReviewDecision.CHANGE, json("230"), null, alice))
                .hasMessage("the final value of positive equals the model's; use accept");
        assertThatThrownBy(() -> cases.review(breast.id(), ki67, "positive", ReviewDecision.CHANGE, null, null, alice))
                .hasMessage("changing positive needs the final value");
        assertThatThrownBy(() -> cases.review(breast.id(), ki67, "mitoses", ReviewDecision.ACCEPT, null, null, alice))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("analysis " + ki67 + " (ki67) has no finding 'mitoses'; its findings are"
                        + " [ki67_index, negative, positive]");
        assertThatThrownBy(() -> cases.review(breast.id(), 9999, "x", ReviewDecision.ACCEPT, null, null, alice))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessage("case " + breast.id() + " has no analysis 9999");
        assertThatThrownBy(() -> cases.review(breast.id(), ki67, "positive", ReviewDecision.ACCEPT, null, null, rita))
                .isInstanceOf(NotPermittedException.class)
                .hasMessage("reviewing findings needs the pathologist role; rita is a researcher");
        User forged = new User(rita.id(), "rita", Role.PATHOLOGIST, rita.created());
        assertThatThrownBy(() -> cases.review(breast.id(), ki67, "positive", ReviewDecision.ACCEPT, null, null, forged))
                .isInstanceOf(NotPermittedException.class);
    }

    @BothStores
    void annotationsAreGeoJsonFeaturesThatOnlyTheirAuthorDeletes(Store store) {
        BreastCase breast = CaseFixtures.breastCase(store);
        Cases cases = store.cases();
        User alice = store.users().add("alice", Role.PATHOLOGIST).user();
        User rita = store.users().add("rita", Role.RESEARCHER).user();
        String polygon = "{\"type\": \"Feature\", \"geometry\": {\"type\": \"Polygon\", \"coordinates\":"
                + " [[[0, 0], [100, 0], [100, 80], [0, 0]]]}, \"properties\": {\"classification\":"
                + " {\"name\": \"Tumor\"}}}";
        long id = cases.saveAnnotation(breast.id(), "S1", json(polygon), rita);
        long point = cases.saveAnnotation(
                breast.id(),
                "S1",
                json("{\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [5, 6]}}"),
                alice);
        assertThat(cases.annotations(breast.id(), "S1"))
                .extracting(Annotation::id, Annotation::author, Annotation::feature)
                .containsExactly(
                        tuple(id, "rita", json(polygon)),
                        tuple(
                                point,
                                "alice",
                                json("{\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\","
                                        + " \"coordinates\": [5, 6]}}")));
        assertThatThrownBy(() -> cases.deleteAnnotation(breast.id(), id, alice))
                .isInstanceOf(NotPermittedException.class)
                .hasMessage("annotation " + id + " was drawn by rita; only its author may delete it");
        assertThatThrownBy(() -> cases.deleteAnnotation("C-0404", id, rita))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessage("case C-0404 has no annotation " + id);
        cases.deleteAnnotation(breast.id(), id, rita);
        assertThat(cases.annotations(breast.id(), "S1"))
                .extracting(Annotation::id)
                .containsExactly(point);
        assertThatThrownBy(() -> cases.deleteAnnotation(breast.id(), id, rita))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessage("no annotation " + id);
        assertThatThrownBy(() -> cases.saveAnnotation(breast.id(), "S1", json("{\"type\": \"Polygon\"}"), alice))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("annotation must be a GeoJSON Feature (\"type\": \"Feature\")");
        assertThatThrownBy(() -> cases.saveAnnotation(
                        breast.id(),
                        "S1",
                        json("{\"type\": \"Feature\", \"geometry\": {\"type\": \"Circle\", \"coordinates\": []}}"),
                        alice))
                .hasMessageStartingWith("annotation geometry must be one of");
        assertThatThrownBy(() -> cases.saveAnnotation(
                        breast.id(),
                        "S9",
                        json("{\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [1, 2]}}"),
                        alice))
                .hasMessage("case " + breast.id() + " has no slide S9");
    }

    @BothStores
    void anAnnotationsClassIsAQuPathClassificationWithANameAndAnRgbColour(Store store) {
        BreastCase breast = CaseFixtures.breastCase(store);
        Cases cases = store.cases();
        User alice = store.users().add("alice", Role.PATHOLOGIST).user();
        String tumour = point("{\"name\": \"Tumor\", \"color\": [200, 0, 0]}");
        long id = cases.saveAnnotation(breast.id(), "S1", json(tumour), alice);
        cases.saveAnnotation(breast.id(), "S1", json(point("null")), alice);
        assertThat(cases.annotations(breast.id(), "S1"))
                .extracting(Annotation::id, Annotation::feature)
                .first()
                .isEqualTo(tuple(id, json(tumour)));
        String notRgb = "annotation class colour must be [red, green, blue], three integers 0-255";
        String[][] refused = {
            {"\"Tumor\"", "annotation classification must be a JSON object with a name, got STRING"},
            {"{\"color\": [200, 0, 0]}", "annotation classification needs a text name, e.g. {\"name\": \"Tumor\"}"},
            {"{\"name\": 7}", "annotation classification needs a text name, e.g. {\"name\": \"Tumor\"}"},
            {"{\"name\": \" \"}", "annotation class name is empty"},
            {"{\"name\": \"" + "x".repeat(65) + "\"}", "annotation class name is longer than 64 characters"},
            {"{\"name\": \"Tumor\\nStroma\"}", "annotation class name contains control characters"},
            {"{\"name\": \"Tumor\", \"color\": \"red\"}", notRgb},
            {"{\"name\": \"Tumor\", \"color\": [200, 0, 256]}", notRgb},
            {"{\"name\": \"Tumor\", \"color\": [200, 0.5, 0]}", notRgb},
        };
        for (String[] bad : refused) {
            assertThatThrownBy(() -> cases.saveAnnotation(breast.id(), "S1", json(point(bad[0])), alice))
                    .as(bad[0])
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(bad[1]);
        }
        assertThatThrownBy(() -> cases.saveAnnotations(
                        breast.id(), "S1", List.of(json(tumour), json(point("{\"name\": 7}"))), alice))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("feature 2 of 2: annotation classification needs a text name, e.g. {\"name\": \"Tumor\"}");
        assertThat(cases.annotations(breast.id(), "S1"))
                .as("an import is saved all or none")
                .hasSize(2);
        assertThat(cases.saveAnnotations(breast.id(), "S1", List.of(json(tumour), json(point("null"))), alice))
                .hasSize(2);
        assertThat(cases.annotations(breast.id(), "S1")).hasSize(4);
    }

    private static String point(String classification) {
        return "{\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [5, 6]},"
                + " \"properties\": {\"objectType\": \"annotation\", \"classification\": " + classification + "}}";
    }

    @BothStores
    void aFindingStoredWithItsDescriptionIsReviewedByItsValue(Store store) {
        BreastCase breast = CaseFixtures.breastCase(store);
        Cases cases = store.cases();
        User alice = store.users().add("alice", Role.PATHOLOGIST).user();
        AnalysisRecord described = cases.recordAnalysis(
                breast.id(),
                new NewAnalysis(
                        "npi",
                        Optional.empty(),
                        json(
                                "{\"npi\": {\"label\": \"Nottingham Prognostic Index\", \"unit\": \"1\", \"value\": 4.44}}"),
                        json("{}")));
        Review ofDescribed =
                cases.review(breast.id(), described.id(), "npi", ReviewDecision.ACCEPT, json("4.440"), null, alice);
        assertThat(ofDescribed.modelValue()).isEqualTo(json("4.44"));
        assertThat(ofDescribed.finalValue()).isEqualTo(json("4.44"));
    }
}
