package org.precis.federation.coordinator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.precis.federation.proto.Phase;
import org.precis.federation.secagg.AdvertiseKeys;
import org.precis.federation.secagg.EncryptedShare;
import org.precis.federation.secagg.MaskedInput;
import org.precis.federation.secagg.SecAggConfig;
import org.precis.federation.secagg.SecAggServer;
import org.precis.federation.secagg.ShareKeys;
import org.precis.federation.secagg.UnmaskingRequest;
import org.precis.federation.secagg.UnmaskingResponse;

/**
 * {@link SumAggregators} over the secagg package's Bonawitz server. Besides decoding, it insists that
 * each message names the site whose certificate sent it, so no site can speak for another inside the
 * protocol.
 */
public final class BonawitzAggregators implements SumAggregators {
    @Override
    public SumAggregator open(String session, Set<String> sites, int threshold, int vectorLength) {
        SecAggConfig config = SecAggConfig.of(threshold, vectorLength, session);
        return new Round(new SecAggServer(config, sites), vectorLength);
    }

    private static final class Round implements SumAggregator {
        private final SecAggServer server;
        private final int vectorLength;

        Round(SecAggServer server, int vectorLength) {
            this.server = server;
            this.vectorLength = vectorLength;
        }

        @Override
        public Optional<String> refusal(Phase phase, String site, byte[] payload) {
            String named;
            try {
                switch (phase) {
                    case ADVERTISE_KEYS ->
                        named = AdvertiseKeys.fromBytes(payload).clientId();
                    case SHARE_KEYS -> named = ShareKeys.fromBytes(payload).clientId();
                    case MASKED_INPUT -> {
                        MaskedInput input = MaskedInput.fromBytes(payload);
                        if (input.length() != vectorLength) {
                            return Optional.of("masked input has " + input.length() + " values, the round's vector "
                                    + vectorLength);
                        }
                        named = input.clientId();
                    }
                    case UNMASKING_RESPONSE ->
                        named = UnmaskingResponse.fromBytes(payload).clientId();
                    default -> {
                        return Optional.of("a site does not send " + phase);
                    }
                }
            } catch (RuntimeException e) {
                return Optional.of("undecodable " + phase + ": " + e.getMessage());
            }
            return named.equals(site)
                    ? Optional.empty()
                    : Optional.of("message names client '" + named + "' but was sent by site '" + site + "'");
        }

        @Override
        public byte[] roster(Map<String, byte[]> advertisedKeys) {
            List<AdvertiseKeys> keys = new ArrayList<>();
            advertisedKeys.values().forEach(bytes -> keys.add(AdvertiseKeys.fromBytes(bytes)));
            return server.roster(keys).toBytes();
        }

        @Override
        public Map<String, List<byte[]>> route(Map<String, byte[]> sharedKeys) {
            List<ShareKeys> shares = new ArrayList<>();
            sharedKeys.values().forEach(bytes -> shares.add(ShareKeys.fromBytes(bytes)));
            Map<String, List<byte[]>> routed = new LinkedHashMap<>();
            server.route(shares)
                    .forEach((site, forSite) -> routed.put(site, List.of(EncryptedShare.listToBytes(forSite))));
            return routed;
        }

        @Override
        public byte[] unmaskingRequest(Map<String, byte[]> maskedInputs) {
            List<MaskedInput> inputs = new ArrayList<>();
            maskedInputs.values().forEach(bytes -> inputs.add(MaskedInput.fromBytes(bytes)));
            UnmaskingRequest request = server.unmaskingRequest(inputs);
            return request.toBytes();
        }

        @Override
        public double[] sum(Map<String, byte[]> unmaskingResponses) {
            List<UnmaskingResponse> responses = new ArrayList<>();
            unmaskingResponses.values().forEach(bytes -> responses.add(UnmaskingResponse.fromBytes(bytes)));
            return server.sum(responses);
        }
    }
}
