package org.precis.federation.secagg;

/**
 * Phase 2, client to server: the client's vector, fixed-point encoded and masked, as elements of
 * Z_2^128 (element i at words[2i] low, words[2i+1] high). Uniformly random on its own.
 */
public record MaskedInput(String clientId, long[] words) {
    public MaskedInput {
        ClientIds.check(clientId);
        if (words == null
                || words.length == 0
                || words.length % 2 != 0
                || words.length / 2 > SecAggConfig.MAX_VECTOR_LENGTH) {
            throw new IllegalArgumentException(
                    "masked input needs 1.." + SecAggConfig.MAX_VECTOR_LENGTH + " ring elements");
        }
        words = words.clone();
    }

    @Override
    public long[] words() {
        return words.clone();
    }

    /** The words without a copy, for the server's sum. */
    long[] wordsView() {
        return words;
    }

    /** Number of ring elements. */
    public int length() {
        return words.length / 2;
    }

    public byte[] toBytes() {
        MessageWriter writer = new MessageWriter(
                MessageType.MASKED_INPUT,
                2 + clientId.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 4 + 8 * words.length);
        writer.string(clientId).i32(length()).longs(words);
        return writer.toBytes();
    }

    public static MaskedInput fromBytes(byte[] bytes) {
        MessageReader reader = new MessageReader(bytes, MessageType.MASKED_INPUT, "MaskedInput");
        String clientId = reader.identity();
        int length = reader.count(SecAggConfig.MAX_VECTOR_LENGTH, 16);
        if (length == 0) {
            throw reader.invalid("empty vector");
        }
        long[] words = reader.longs(2 * length);
        reader.end();
        return new MaskedInput(clientId, words);
    }
}
