package org.precis.federation.secagg;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts one client's pair of shares for another with AES-256-GCM. The key comes from X25519 of
 * the two clients' encryption keys, derived for this session and this direction (sender to
 * recipient); the session and both identities are authenticated data, so the server can neither
 * read a share nor pass it off as coming from someone else or for another round.
 */
final class ShareCipher {
    private static final int TAG_BITS = 128;

    /** The decrypted shares: of the sender's mask key and of its self-mask seed. */
    record SharePair(BigInteger maskKeyShare, BigInteger selfMaskShare) {}

    private ShareCipher() {}

    static EncryptedShare encrypt(
            String sessionId,
            String sender,
            String recipient,
            byte[] senderPrivate,
            byte[] recipientPublic,
            SharePair shares,
            SecureRandom random) {
        byte[] nonce = new byte[EncryptedShare.NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] plaintext = new byte[2 * ShamirSharing.SHARE_BYTES];
        System.arraycopy(ShamirSharing.toBytes(shares.maskKeyShare()), 0, plaintext, 0, ShamirSharing.SHARE_BYTES);
        System.arraycopy(
                ShamirSharing.toBytes(shares.selfMaskShare()),
                0,
                plaintext,
                ShamirSharing.SHARE_BYTES,
                ShamirSharing.SHARE_BYTES);
        try {
            Cipher cipher = cipher(
                    Cipher.ENCRYPT_MODE,
                    sessionId,
                    sender,
                    recipient,
                    X25519.agree(senderPrivate, recipientPublic),
                    nonce);
            return new EncryptedShare(sender, recipient, nonce, cipher.doFinal(plaintext));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    static SharePair decrypt(String sessionId, EncryptedShare share, byte[] recipientPrivate, byte[] senderPublic) {
        byte[] plaintext;
        try {
            Cipher cipher = cipher(
                    Cipher.DECRYPT_MODE,
                    sessionId,
                    share.sender(),
                    share.recipient(),
                    X25519.agree(recipientPrivate, senderPublic),
                    share.nonce());
            plaintext = cipher.doFinal(share.ciphertext());
        } catch (AEADBadTagException e) {
            throw new SecAggException(
                    "share from " + share.sender() + " does not authenticate (tampered or not for this round)");
        } catch (GeneralSecurityException e) {
            throw new SecAggException("share from " + share.sender() + " cannot be decrypted: " + e.getMessage(), e);
        }
        int half = ShamirSharing.SHARE_BYTES;
        BigInteger maskKeyShare = new BigInteger(1, java.util.Arrays.copyOfRange(plaintext, 0, half));
        BigInteger selfMaskShare = new BigInteger(1, java.util.Arrays.copyOfRange(plaintext, half, 2 * half));
        if (maskKeyShare.compareTo(ShamirSharing.PRIME) >= 0 || selfMaskShare.compareTo(ShamirSharing.PRIME) >= 0) {
            throw new SecAggException("share from " + share.sender() + " is outside the field");
        }
        return new SharePair(maskKeyShare, selfMaskShare);
    }

    private static Cipher cipher(
            int mode, String sessionId, String sender, String recipient, byte[] sharedSecret, byte[] nonce)
            throws GeneralSecurityException {
        byte[] key = Kdf.derive(sharedSecret, "precis-secagg share encryption", sessionId, sender, recipient);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD((sessionId + "\n" + sender + "\n" + recipient).getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
