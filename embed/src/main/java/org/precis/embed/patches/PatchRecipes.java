package org.precis.embed.patches;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.precis.imaging.stain.ChannelStatistics;
import org.precis.imaging.stain.LabStatistics;
import org.precis.io.json.JsonMappers;

/**
 * Writes a {@link PatchRecipe} as a JSON object and reads it back; patch sets and models both
 * carry one, so there is one format:
 *
 * <pre>{@code
 * {"encoder": "mobilenet_v2", "encoder_sha256": "…", "views": "dihedral8", "scales": [1.0, 0.5],
 *  "stain": "reinhard", "reinhard_target": {"mean": [l, a, b], "std": [l, a, b]}}
 * }</pre>
 *
 * <p>{@code "stain"} is one name, or an array of names when the recipe averages several stain
 * variants ({@code ["none", "reinhard"]}).
 */
public final class PatchRecipes {

    private final ObjectMapper mapper = JsonMappers.compact();

    public ObjectNode toJson(PatchRecipe recipe) {
        ObjectNode node = mapper.createObjectNode();
        node.put("encoder", recipe.encoder());
        node.put("encoder_sha256", recipe.encoderSha256());
        node.put("views", recipe.views().name().toLowerCase(Locale.ROOT));
        ArrayNode scales = node.putArray("scales");
        recipe.scales().forEach(scales::add);
        if (recipe.stains().size() == 1) {
            node.put("stain", name(recipe.stains().get(0)));
        } else {
            ArrayNode stains = node.putArray("stain");
            recipe.stains().forEach(stain -> stains.add(name(stain)));
        }
        recipe.reinhardTarget().ifPresent(target -> {
            ObjectNode lab = node.putObject("reinhard_target");
            ArrayNode mean = lab.putArray("mean");
            ArrayNode std = lab.putArray("std");
            for (int channel = 0; channel < 3; channel++) {
                mean.add(target.channel(channel).mean());
                std.add(target.channel(channel).std());
            }
        });
        return node;
    }

    public String toText(PatchRecipe recipe) {
        return toJson(recipe).toString();
    }

    /**
     * The recipe in {@code node}.
     *
     * @throws IllegalArgumentException naming {@code source} and the bad field
     */
    public PatchRecipe fromJson(JsonNode node, String source) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(source + ": the embedding recipe must be a JSON object");
        }
        try {
            List<Double> scales = new ArrayList<>();
            JsonNode scaleNode = node.path("scales");
            if (!scaleNode.isArray()) {
                throw new IllegalArgumentException("'scales' must be an array of numbers");
            }
            for (JsonNode scale : scaleNode) {
                if (!scale.isNumber()) {
                    throw new IllegalArgumentException("'scales' must be an array of numbers");
                }
                scales.add(scale.doubleValue());
            }
            Optional<LabStatistics> target = Optional.empty();
            if (node.hasNonNull("reinhard_target")) {
                JsonNode lab = node.get("reinhard_target");
                ChannelStatistics[] channels = new ChannelStatistics[3];
                for (int channel = 0; channel < 3; channel++) {
                    channels[channel] = new ChannelStatistics(
                            number(lab.path("mean").path(channel), "reinhard_target"),
                            number(lab.path("std").path(channel), "reinhard_target"));
                }
                target = Optional.of(new LabStatistics(channels[0], channels[1], channels[2]));
            }
            return new PatchRecipe(
                    text(node, "encoder"),
                    text(node, "encoder_sha256"),
                    ViewSet.valueOf(text(node, "views").toUpperCase(Locale.ROOT)),
                    scales,
                    stains(node.get("stain")),
                    target);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": bad embedding recipe: " + e.getMessage(), e);
        }
    }

    /** Parses a recipe from its JSON text. */
    public PatchRecipe fromText(String json, String source) {
        try {
            return fromJson(mapper.readTree(json), source);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(
                    source + ": embedding recipe is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String name(StainNormalisation stain) {
        return stain.name().toLowerCase(Locale.ROOT);
    }

    private static List<StainNormalisation> stains(JsonNode value) {
        String expected = "'stain' must be a stain normalisation name (none, reinhard, macenko) or an array of them";
        List<JsonNode> names = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(names::add);
        } else if (value != null) {
            names.add(value);
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException(expected);
        }
        List<StainNormalisation> stains = new ArrayList<>();
        for (JsonNode name : names) {
            if (!name.isTextual()) {
                throw new IllegalArgumentException(expected);
            }
            try {
                stains.add(StainNormalisation.valueOf(name.asText().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(expected + ", not '" + name.asText() + "'", e);
            }
        }
        return stains;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("'" + field + "' must be a string");
        }
        return value.asText();
    }

    private static double number(JsonNode value, String field) {
        if (!value.isNumber()) {
            throw new IllegalArgumentException("'" + field + "' needs three numbers in 'mean' and 'std'");
        }
        return value.doubleValue();
    }
}
