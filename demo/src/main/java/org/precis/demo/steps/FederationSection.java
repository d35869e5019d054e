package org.precis.demo.steps;

import java.nio.file.Path;
import java.util.List;

/**
 * The demo's federation part: {@code precis federation demo} on the sample clinical tables, and the
 * federated training of the lung patch head on the patch set the pathology part embedded.
 */
final class FederationSection {
    static final String TITLE = "federation";

    private FederationSection() {}

    static DemoSection of(Path data, Path output) {
        return new DemoSection(
                TITLE,
                "a throwaway CA, a coordinator and five site processes on loopback; four studies, "
                        + "each beside its pooled single-machine answer, with the bytes each site sent; the lung "
                        + "patch head trained federated (FedAvg) across three non-IID site processes, beside the "
                        + "pooled and site-alone models, with differential privacy at epsilon 8, and an MLP head beside"
                        + " its pooled fit; the breast cell-class head across two more sites; then continuous"
                        + " improvement: version 1 and version 2 of the head, each evaluated by every site and promoted"
                        + " only when every site says better",
                List.of(
                        new DemoStep(
                                List.of(
                                        "federation",
                                        "demo",
                                        "--data",
                                        data.toString(),
                                        "--patches",
                                        output.resolve("lung_patches")
                                                .resolve("patches.h5")
                                                .toString(),
                                        "--models",
                                        output.resolve("federated_models").toString(),
                                        "--registry",
                                        output.resolve("model-registry").toString(),
                                        "--cell-models",
                                        output.resolve("federated_cell_models").toString()),
                                List.of(
                                        new OutputDescription(
                                                "federated_models", "the federated training study's models"),
                                        new OutputDescription(
                                                "federated_models/federated.json",
                                                "the lung subtype head trained by FedAvg across three sites, each site's"
                                                        + " update only through secure aggregation"),
                                        new OutputDescription(
                                                "federated_models/pooled.json",
                                                "the same head trained on the three sites' patches pooled on one machine"),
                                        new OutputDescription(
                                                "federated_models/federated-dp.json",
                                                "the same head trained with differential privacy (DP-SGD, epsilon 8 at"
                                                        + " delta 1e-5, noise added by the sites in shares)"),
                                        new OutputDescription(
                                                "federated_models/federated-mlp.json",
                                                "an MLP head (64 ReLU hidden units) trained by FedAvg across the same"
                                                        + " three sites"),
                                        new OutputDescription(
                                                "federated_models/pooled-mlp.json",
                                                "the same MLP head trained by the same rounds on the pooled patches"),
                                        new OutputDescription(
                                                "federated_models/*-alone.json",
                                                "each site's head trained on its patches alone"),
                                        new OutputDescription(
                                                "federated_cell_models", "the federated cell-class study's models"),
                                        new OutputDescription(
                                                "federated_cell_models/federated-cells.json",
                                                "the breast cell-class head (Tumor, Non-tumor, Mitosis, Apoptosis)"
                                                        + " trained by FedAvg across two site processes on their"
                                                        + " BreCaHAD fields' annotated cells, as a cell classifier that"
                                                        + " cells detect --classify and cells grade --model read"),
                                        new OutputDescription(
                                                "federated_cell_models/pooled-cells.json",
                                                "the same cell head trained by the same study on the two sites'"
                                                        + " cells pooled on one machine"),
                                        new OutputDescription(
                                                "model-registry",
                                                "the model registry's store (federation improve registers, evaluates"
                                                        + " and promotes there)"),
                                        new OutputDescription(
                                                "model-registry/*.db",
                                                "the model registry (embedded store) after two rounds of federation improve:"
                                                        + " ./precis models list --data-dir "
                                                        + output.resolve("model-registry")))),
                        new DemoStep(
                                List.of(
                                        "patches",
                                        "drift",
                                        output.resolve("federated_models")
                                                .resolve("federated.json")
                                                .toString(),
                                        output.resolve("lung_patches")
                                                .resolve("patches.h5")
                                                .toString(),
                                        "--plot",
                                        output.resolve("federated_models")
                                                .resolve("drift.png")
                                                .toString(),
                                        "-o",
                                        output.resolve("federated_models")
                                                .resolve("drift.json")
                                                .toString()),
                                List.of(
                                        new OutputDescription(
                                                "federated_models/drift.png",
                                                "drift of the lung patches against the federated model's training"
                                                        + " moments (|z| per feature beside a no-drift baseline) and"
                                                        + " its reliability diagram: the patches it was trained on"
                                                        + " and the held-out ones, so little drift is expected"),
                                        new OutputDescription(
                                                "federated_models/drift.json", "the same figures as numbers")))),
                List.of());
    }
}
