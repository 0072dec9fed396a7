package org.newsflow.projections.streams;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Field encodings of the binary store values: variable-length (zig-zag) ints and longs, so that small counts take
 * one byte, and nullable strings, values and lists with their absence written down, so that a value reads back
 * exactly as it was written, null and empty alike.
 */
final class Binary {

    /** Writes one value of a type. */
    interface Writer<T> {
        void write(DataOutput out, T value) throws IOException;
    }

    /** Reads one value of a type. */
    interface Reader<T> {
        T read(DataInput in) throws IOException;
    }

    private Binary() {
    }

    static void writeInt(DataOutput out, int value) throws IOException {
        writeLong(out, value);
    }

    static int readInt(DataInput in) throws IOException {
        long value = readLong(in);
        if (value != (int) value) {
            throw new IOException("int out of range: " + value);
        }
        return (int) value;
    }

    /** Zig-zag, then 7 bits a byte, low bits first (the protobuf and Avro encoding). */
    static void writeLong(DataOutput out, long value) throws IOException {
        long v = (value << 1) ^ (value >> 63);
        while ((v & ~0x7FL) != 0) {
            out.writeByte((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.writeByte((int) v);
    }

    static long readLong(DataInput in) throws IOException {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return (v >>> 1) ^ -(v & 1);
            }
        }
        throw new IOException("varint longer than 10 bytes");
    }

    /** Length + 1, then UTF-8; 0 stands for null. */
    static void writeString(DataOutput out, String value) throws IOException {
        if (value == null) {
            writeInt(out, 0);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        writeInt(out, bytes.length + 1);
        out.write(bytes);
    }

    static String readString(DataInput in) throws IOException {
        int length = readInt(in) - 1;
        if (length < 0) {
            return null;
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static void writeNullableLong(DataOutput out, Long value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            writeLong(out, value);
        }
    }

    static Long readNullableLong(DataInput in) throws IOException {
        return in.readBoolean() ? readLong(in) : null;
    }

    static <T> void writeNullable(DataOutput out, T value, Writer<T> writer) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            writer.write(out, value);
        }
    }

    static <T> T readNullable(DataInput in, Reader<T> reader) throws IOException {
        return in.readBoolean() ? reader.read(in) : null;
    }

    /** Size + 1, then the elements; 0 stands for null. */
    static <T> void writeList(DataOutput out, List<T> values, Writer<T> writer) throws IOException {
        if (values == null) {
            writeInt(out, 0);
            return;
        }
        writeInt(out, values.size() + 1);
        for (T value : values) {
            writer.write(out, value);
        }
    }

    static <T> List<T> readList(DataInput in, Reader<T> reader) throws IOException {
        int size = readInt(in) - 1;
        if (size < 0) {
            return null;
        }
        List<T> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(reader.read(in));
        }
        return out;
    }
}
