package org.precis.io.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProvenanceTest {

    private static final String SHA = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void keepsInputsAndParametersInTheOrderGiven() {
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("slide", SHA.toUpperCase(java.util.Locale.ROOT));
        inputs.put("model", SHA);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("tile_size_px", 224);
        parameters.put("encoder", "mobilenet");

        Provenance provenance = new Provenance("precis 0.1.0", Optional.of("2026-12-06"), inputs, parameters);

        assertThat(provenance.inputSha256()).containsExactly(Map.entry("slide", SHA), Map.entry("model", SHA));
        assertThat(provenance.parameters().keySet()).containsExactly("tile_size_px", "encoder");
        assertThatThrownBy(() -> provenance.parameters().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void refusesAnInputThatIsNotAHash() {
        assertThatThrownBy(() -> new Provenance("precis 0.1.0", Optional.empty(), Map.of("slide", "abc"), Map.of()))
                .hasMessage("slide SHA-256 must be 64 hex digits: abc");
    }

    @Test
    void refusesAMissingSoftwareVersion() {
        assertThatThrownBy(() -> new Provenance(" ", Optional.empty(), Map.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
