package org.newsflow.schemas.serde;

import java.nio.ByteBuffer;
import org.apache.kafka.common.errors.SerializationException;

/** Confluent's wire format: magic byte 0, the 4-byte big-endian schema id, then the Avro binary encoding. */
public final class WireFormat {

    public static final byte MAGIC_BYTE = 0;
    public static final int HEADER_SIZE = 5;

    private WireFormat() {
    }

    /** The schema id of a framed payload, after checking the frame. */
    public static int schemaId(byte[] payload) {
        if (payload.length < HEADER_SIZE) {
            throw new UnknownMagicByteException("Record of " + payload.length
                    + " bytes is too short for the Confluent wire format (magic byte + 4-byte schema id)");
        }
        if (payload[0] != MAGIC_BYTE) {
            throw new UnknownMagicByteException(String.format(
                    "Unknown magic byte 0x%02x: not a Confluent wire-format Avro record (expected 0x00)",
                    payload[0]));
        }
        return ByteBuffer.wrap(payload, 1, 4).getInt();
    }

    /** The record's bytes are not framed the way Schema Registry serdes write them. */
    public static final class UnknownMagicByteException extends SerializationException {
        public UnknownMagicByteException(String message) {
            super(message);
        }
    }
}
