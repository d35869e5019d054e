package org.precis.store.users;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes (Bouncy Castle) in the PHC string format that libargon2 and most
 * libraries write: {@code $argon2id$v=19$m=19456,t=2,p=1$SALT$HASH} with unpadded base64, a random
 * 16-byte salt per hash and a 32-byte output.
 */
final class Argon2idHasher {
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,8}),t=(\\d{1,3}),p=(\\d{1,3})\\$([A-Za-z0-9+/]{11,64})\\$([A-Za-z0-9+/]{16,128})");

    private final PasswordHashing parameters;
    private final SecureRandom random;

    Argon2idHasher(PasswordHashing parameters, SecureRandom random) {
        this.parameters = parameters;
        this.random = random;
    }

    /** A new hash string of {@code password} with a fresh salt. */
    String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, parameters, HASH_BYTES);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return "$argon2id$v=19$m=" + parameters.memoryKiB() + ",t=" + parameters.iterations() + ",p="
                + parameters.parallelism() + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
    }

    /** Whether {@code password} matches {@code stored}; compares in constant time. */
    boolean verify(char[] password, String stored) {
        Parsed parsed = parse(stored);
        byte[] expected = parsed.hash();
        byte[] actual = derive(password, parsed.salt(), parsed.parameters(), expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    /** Whether {@code stored} was made with other parameters than the current ones. */
    boolean needsRehash(String stored) {
        return !parse(stored).parameters().equals(parameters);
    }

    private record Parsed(PasswordHashing parameters, byte[] salt, byte[] hash) {}

    private static Parsed parse(String stored) {
        Matcher matcher = PHC.matcher(stored);
        if (!matcher.matches()) {
            throw new IllegalStateException("stored password hash is not an Argon2id (v=19) PHC string");
        }
        PasswordHashing parameters = new PasswordHashing(
                Integer.parseInt(matcher.group(1)),
                Integer.parseInt(matcher.group(2)),
                Integer.parseInt(matcher.group(3)));
        Base64.Decoder base64 = Base64.getDecoder();
        return new Parsed(parameters, base64.decode(matcher.group(4)), base64.decode(matcher.group(5)));
    }

    private static byte[] derive(char[] password, byte[] salt, PasswordHashing parameters, int length) {
        Argon2Parameters argon2 = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt)
                .withMemoryAsKB(parameters.memoryKiB())
                .withIterations(parameters.iterations())
                .withParallelism(parameters.parallelism())
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(argon2);
        byte[] bytes = utf8(password);
        try {
            byte[] out = new byte[length];
            generator.generateBytes(bytes, out);
            return out;
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** The UTF-8 bytes of a password without making a String of it. */
    private static byte[] utf8(char[] password) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        return bytes;
    }
}
