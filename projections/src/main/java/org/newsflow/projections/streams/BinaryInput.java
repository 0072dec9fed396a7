package org.newsflow.projections.streams;

import java.io.DataInput;
import java.io.EOFException;
import java.nio.charset.StandardCharsets;

/** A {@link DataInput} over an array, reading what {@link BinaryOutput} (or a {@code DataOutputStream}) wrote. */
final class BinaryInput implements DataInput {

    private final byte[] bytes;
    private int position;

    BinaryInput(byte[] bytes, int offset) {
        this.bytes = bytes;
        this.position = offset;
    }

    private int next() throws EOFException {
        if (position >= bytes.length) {
            throw new EOFException("value ends after " + bytes.length + " bytes");
        }
        return bytes[position++] & 0xFF;
    }

    @Override
    public void readFully(byte[] b) throws EOFException {
        readFully(b, 0, b.length);
    }

    @Override
    public void readFully(byte[] b, int off, int len) throws EOFException {
        if (len > bytes.length - position) {
            throw new EOFException("value ends after " + bytes.length + " bytes");
        }
        System.arraycopy(bytes, position, b, off, len);
        position += len;
    }

    @Override
    public int skipBytes(int n) {
        int skipped = Math.max(0, Math.min(n, bytes.length - position));
        position += skipped;
        return skipped;
    }

    @Override
    public boolean readBoolean() throws EOFException {
        return next() != 0;
    }

    @Override
    public byte readByte() throws EOFException {
        return (byte) next();
    }

    @Override
    public int readUnsignedByte() throws EOFException {
        return next();
    }

    @Override
    public short readShort() throws EOFException {
        return (short) readUnsignedShort();
    }

    @Override
    public int readUnsignedShort() throws EOFException {
        return (next() << 8) | next();
    }

    @Override
    public char readChar() throws EOFException {
        return (char) readUnsignedShort();
    }

    @Override
    public int readInt() throws EOFException {
        return (next() << 24) | (next() << 16) | (next() << 8) | next();
    }

    @Override
    public long readLong() throws EOFException {
        return ((long) readInt() << 32) | (readInt() & 0xFFFFFFFFL);
    }

    @Override
    public float readFloat() throws EOFException {
        return Float.intBitsToFloat(readInt());
    }

    @Override
    public double readDouble() throws EOFException {
        return Double.longBitsToDouble(readLong());
    }

    @Override
    public String readLine() {
        throw new UnsupportedOperationException("store values hold no lines");
    }

    @Override
    public String readUTF() throws EOFException {
        byte[] b = new byte[readUnsignedShort()];
        readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
