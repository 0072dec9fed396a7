package org.newsflow.enrich.streams;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * An article's context as kept in the state store: which revision it belongs to, the last paragraph it has seen,
 * when it was last touched (wall-clock, for expiry) and the engine's {@code ArticleContext} bytes.
 */
public record StoredContext(String revision, int lastIndex, long touchedAtMs, byte[] context) {

    private static final byte FORMAT = 1;

    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + context.length);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            out.writeUTF(revision);
            out.writeInt(lastIndex);
            out.writeLong(touchedAtMs);
            out.writeInt(context.length);
            out.write(context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static StoredContext fromBytes(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            byte format = in.readByte();
            if (format != FORMAT) {
                throw new IllegalArgumentException("unknown stored context format " + format);
            }
            String revision = in.readUTF();
            int lastIndex = in.readInt();
            long touchedAt = in.readLong();
            byte[] context = new byte[in.readInt()];
            in.readFully(context);
            return new StoredContext(revision, lastIndex, touchedAt, context);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a stored article context", e);
        }
    }

    public static Serde<StoredContext> serde() {
        Serializer<StoredContext> serializer = (topic, value) -> value == null ? null : value.toBytes();
        Deserializer<StoredContext> deserializer = (topic, bytes) -> bytes == null ? null : fromBytes(bytes);
        return Serdes.serdeFrom(serializer, deserializer);
    }
}
