package org.precis.federation.secagg;

/** The type byte in each message's header, so one message is never parsed as another. */
enum MessageType {
    ADVERTISE_KEYS(1),
    ROSTER(2),
    SHARE_KEYS(3),
    ENCRYPTED_SHARES(4),
    MASKED_INPUT(5),
    UNMASKING_REQUEST(6),
    UNMASKING_RESPONSE(7);

    private final int code;

    MessageType(int code) {
        this.code = code;
    }

    int code() {
        return code;
    }
}
