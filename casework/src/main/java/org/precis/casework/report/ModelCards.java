package org.precis.casework.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.precis.io.file.FileSha256;
import org.precis.io.json.JsonMappers;
import org.precis.report.casereport.ModelCard;

/**
 * The model cards of the models and methods Precis ships, read from JSON resources (one a model,
 * beside this class under {@code cards/}). A card names the analysis kinds whose findings it
 * covers. Its SHA-256 is that of the model file it names, a classpath resource; a method without
 * learned weights (tissue QC, the classical Ki-67 scorer, the NPI formula) has no model file and is
 * identified by its card, so its SHA-256 is that of the card file itself (method, settings and
 * version are what the card states).
 */
public final class ModelCards {

    /** The cards shipped, by resource name. */
    static final List<String> SHIPPED =
            List.of("ki67-classical", "tissue-qc", "npi", "breast-cell-classes", "lung-subtype-patches", "cox-risk");

    private final Map<String, ModelCard> byId;
    private final Map<String, String> idByKind;

    private ModelCards(Map<String, ModelCard> byId, Map<String, String> idByKind) {
        this.byId = byId;
        this.idByKind = idByKind;
    }

    /** The shipped cards. */
    public static ModelCards shipped() {
        ObjectMapper json = JsonMappers.requiringEveryField();
        Map<String, ModelCard> byId = new LinkedHashMap<>();
        Map<String, String> idByKind = new LinkedHashMap<>();
        for (String name : SHIPPED) {
            String resource = "cards/" + name + ".json";
            byte[] bytes = resource(ModelCards.class, resource);
            CardFile file;
            try {
                file = json.readValue(bytes, CardFile.class);
            } catch (IOException e) {
                throw new IllegalStateException("model card " + resource + " is malformed: " + e.getMessage(), e);
            }
            String sha256 = file.modelFile().isEmpty()
                    ? sha256(bytes)
                    : sha256(resource(ModelCards.class, "/" + file.modelFile()));
            ModelCard card = file.card(sha256);
            if (byId.put(card.id(), card) != null) {
                throw new IllegalStateException("two model cards have the id " + card.id());
            }
            for (String kind : file.analysisKinds()) {
                if (idByKind.put(kind, card.id()) != null) {
                    throw new IllegalStateException("two model cards cover the analysis kind " + kind);
                }
            }
        }
        return new ModelCards(Collections.unmodifiableMap(byId), Map.copyOf(idByKind));
    }

    /** The card with this id. */
    public Optional<ModelCard> card(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The card covering the findings of an analysis kind ({@code ki67}, {@code qc}, {@code npi}). */
    public Optional<ModelCard> forKind(String analysisKind) {
        return Optional.ofNullable(idByKind.get(analysisKind)).map(byId::get);
    }

    /** Every card, in the order shipped. */
    public List<ModelCard> all() {
        return List.copyOf(byId.values());
    }

    private static byte[] resource(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("model card resource " + name + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }

    private static String sha256(byte[] bytes) {
        MessageDigest digest = FileSha256.newDigest();
        return HexFormat.of().formatHex(digest.digest(bytes));
    }

    /** A card as its JSON file holds it. */
    record CardFile(
            String id,
            String name,
            String version,
            List<String> analysisKinds,
            String modelFile,
            String intendedUse,
            String trainingData,
            String performanceOnUnseenData,
            String knownLimits,
            boolean validatedForDiagnosis) {
        CardFile {
            analysisKinds = List.copyOf(analysisKinds);
        }

        ModelCard card(String sha256) {
            return new ModelCard(
                    id,
                    name,
                    version,
                    sha256,
                    intendedUse,
                    trainingData,
                    performanceOnUnseenData,
                    knownLimits,
                    validatedForDiagnosis);
        }
    }
}
