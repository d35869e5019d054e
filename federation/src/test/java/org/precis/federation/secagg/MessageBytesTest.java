package org.precis.federation.secagg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Every message survives its bytes; every truncation, trailing byte or wrong header is refused. */
class MessageBytesTest {
    private final SimulatedRound round = new SimulatedRound(SecAggConfig.of(2, 5, "bytes"), 3, 21);

    /** One real message of each kind, with the parser that reads it. */
    private Map<byte[], Function<byte[], ?>> realMessages() {
        Roster roster = round.server.roster(
                round.clients.values().stream().map(SecAggClient::advertiseKeys).toList());
        List<ShareKeys> shares =
                round.clients.values().stream().map(c -> c.shareKeys(roster)).toList();
        var routed = round.server.route(shares);
        List<MaskedInput> inputs = round.clients.values().stream()
                .map(c -> c.maskedInput(routed.get(c.clientId()), new double[] {1, -2, 3.5, 1e9, -1e-6}))
                .toList();
        UnmaskingRequest request = round.server.unmaskingRequest(inputs);
        UnmaskingResponse response = round.clients.get("site-a").unmask(request);
        Map<byte[], Function<byte[], ?>> messages = new LinkedHashMap<>();
        messages.put(roster.clients().get(0).toBytes(), AdvertiseKeys::fromBytes);
        messages.put(roster.toBytes(), Roster::fromBytes);
        messages.put(shares.get(0).toBytes(), ShareKeys::fromBytes);
        messages.put(EncryptedShare.listToBytes(routed.get("site-b")), EncryptedShare::listFromBytes);
        messages.put(inputs.get(0).toBytes(), MaskedInput::fromBytes);
        messages.put(request.toBytes(), UnmaskingRequest::fromBytes);
        messages.put(response.toBytes(), UnmaskingResponse::fromBytes);
        return messages;
    }

    @Test
    void messagesRoundTripThroughBytes() {
        Roster roster = round.server.roster(
                round.clients.values().stream().map(SecAggClient::advertiseKeys).toList());
        Roster back = Roster.fromBytes(roster.toBytes());
        assertThat(back.clients()).extracting(AdvertiseKeys::clientId).containsExactly("site-a", "site-b", "site-c");
        assertThat(back.clients().get(1).maskKey())
                .isEqualTo(roster.clients().get(1).maskKey());

        MaskedInput input = new MaskedInput("site-a", new long[] {1, -1, Long.MIN_VALUE, Long.MAX_VALUE});
        assertThat(MaskedInput.fromBytes(input.toBytes()).words()).isEqualTo(input.words());

        UnmaskingResponse response = new UnmaskingResponse(
                "site-a",
                Map.of("site-b", BigInteger.TEN),
                Map.of("site-c", ShamirSharing.PRIME.subtract(BigInteger.ONE)));
        assertThat(UnmaskingResponse.fromBytes(response.toBytes())).isEqualTo(response);
        UnmaskingRequest request = new UnmaskingRequest(List.of("b", "a"), List.of("c"));
        assertThat(UnmaskingRequest.fromBytes(request.toBytes()))
                .isEqualTo(new UnmaskingRequest(List.of("a", "b"), List.of("c")));
    }

    @Test
    void everyTruncationAndTrailingByteIsRefused() {
        for (Map.Entry<byte[], Function<byte[], ?>> message : realMessages().entrySet()) {
            byte[] bytes = message.getKey();
            message.getValue().apply(bytes);
            // Every prefix of the short messages; a spread of prefixes of the long ones.
            int step = Math.max(1, bytes.length / 500);
            for (int length = 0; length < bytes.length; length += step) {
                byte[] truncated = Arrays.copyOf(bytes, length);
                assertThatThrownBy(() -> message.getValue().apply(truncated))
                        .as("prefix of %d of %d bytes", truncated.length, bytes.length)
                        .isInstanceOf(SecAggException.class)
                        .hasMessageContaining("malformed");
            }
            byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
            assertThatThrownBy(() -> message.getValue().apply(longer))
                    .isInstanceOf(SecAggException.class)
                    .hasMessageContaining("trailing");
        }
    }

    @Test
    void wrongHeaderTypeOrVersionIsRefused() {
        byte[] advertise = realMessages().keySet().iterator().next();
        assertThatThrownBy(() -> MaskedInput.fromBytes(advertise))
                .isInstanceOf(SecAggException.class)
                .hasMessageContaining("message type 1, expected 5");
        byte[] badMagic = advertise.clone();
        badMagic[0] = 'X';
        assertThatThrownBy(() -> AdvertiseKeys.fromBytes(badMagic))
                .hasMessageContaining("not a secure-aggregation message");
        byte[] badVersion = advertise.clone();
        badVersion[2] = 9;
        assertThatThrownBy(() -> AdvertiseKeys.fromBytes(badVersion)).hasMessageContaining("unsupported version 9");
        assertThatThrownBy(() -> AdvertiseKeys.fromBytes(null)).isInstanceOf(SecAggException.class);
    }

    @Test
    void hugeDeclaredCountsAreRefusedBeforeAllocation() {
        byte[] header = {'P', 'S', 1, 5, 0, 1, 'a', 0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF};
        assertThatThrownBy(() -> MaskedInput.fromBytes(header))
                .isInstanceOf(SecAggException.class)
                .hasMessageContaining("outside 0..");
        byte[] declaresMillion = {'P', 'S', 1, 5, 0, 1, 'a', 0x00, 0x0F, 0x42, 0x40, 1, 2, 3};
        assertThatThrownBy(() -> MaskedInput.fromBytes(declaresMillion)).hasMessageContaining("truncated");
        byte[] badShare = new UnmaskingResponse("a", Map.of("b", BigInteger.ONE), Map.of()).toBytes();
        Arrays.fill(badShare, badShare.length - 66 - 4, badShare.length - 4, (byte) 0xFF);
        assertThatThrownBy(() -> UnmaskingResponse.fromBytes(badShare)).hasMessageContaining("outside the field");
    }
}
