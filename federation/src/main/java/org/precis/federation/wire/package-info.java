/**
 * Helpers for the protobuf wire protocol ({@code federation/src/main/proto/federation.proto}):
 * round requests as JSON, nonces, replay refusal and message size limits. The generated classes
 * live in {@code org.precis.federation.proto}.
 */
package org.precis.federation.wire;
