package org.precis.federation.node;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.precis.federation.secagg.EncryptedShare;
import org.precis.federation.secagg.Roster;
import org.precis.federation.secagg.SecAggClient;
import org.precis.federation.secagg.SecAggConfig;
import org.precis.federation.secagg.SecAggException;
import org.precis.federation.secagg.UnmaskingRequest;

/** {@link MaskingParticipants} over the secagg package's Bonawitz client. */
public final class BonawitzParticipants implements MaskingParticipants {
    private final SecureRandom random;

    public BonawitzParticipants(SecureRandom random) {
        this.random = random;
    }

    @Override
    public MaskingParticipant open(String session, String site, int threshold, int vectorLength) {
        SecAggClient client = new SecAggClient(site, SecAggConfig.of(threshold, vectorLength, session), random);
        return new MaskingParticipant() {
            @Override
            public byte[] advertiseKeys() {
                return client.advertiseKeys().toBytes();
            }

            @Override
            public byte[] shareKeys(byte[] roster) {
                return refusingBadInput(
                        () -> client.shareKeys(Roster.fromBytes(roster)).toBytes());
            }

            @Override
            public byte[] maskedInput(List<byte[]> sharesForMe, double[] vector) {
                return refusingBadInput(() -> {
                    List<EncryptedShare> shares = new ArrayList<>();
                    sharesForMe.forEach(bytes -> shares.addAll(EncryptedShare.listFromBytes(bytes)));
                    return client.maskedInput(shares, vector).toBytes();
                });
            }

            @Override
            public byte[] unmask(byte[] unmaskingRequest) {
                return refusingBadInput(() -> client.unmask(UnmaskingRequest.fromBytes(unmaskingRequest))
                        .toBytes());
            }
        };
    }

    /** The port's contract: bad bytes from the coordinator are an IllegalArgumentException. */
    private static byte[] refusingBadInput(java.util.function.Supplier<byte[]> step) {
        try {
            return step.get();
        } catch (SecAggException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
