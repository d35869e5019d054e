package org.precis.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Test
    void sortsKeysAtEveryLevelSoTheSameContentHasTheSameTextAndHash() throws Exception {
        JsonNode one = CanonicalJson.mapper().readTree("{\"b\": [{\"y\": 1, \"x\": 2}], \"a\": \"é\"}");
        JsonNode other = CanonicalJson.mapper().readTree("{\"a\": \"é\", \"b\": [{\"x\": 2, \"y\": 1}]}");
        assertThat(CanonicalJson.write(one)).isEqualTo("{\"a\":\"é\",\"b\":[{\"x\":2,\"y\":1}]}");
        assertThat(CanonicalJson.write(other)).isEqualTo(CanonicalJson.write(one));
        // printf '{"a":"é","b":[{"x":2,"y":1}]}' | sha256sum
        assertThat(CanonicalJson.sha256(one))
                .isEqualTo("acb79933e0e377c4aad9973618ef7fedb5eaa4e904940c1a3caa40c00369c561")
                .isEqualTo(CanonicalJson.sha256(other));
    }
}
