package org.newsflow.schemas.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;
import org.newsflow.schemas.registry.SchemaRegistryClient;
import org.newsflow.schemas.registry.SchemaRegistryClients;
import org.newsflow.schemas.registry.SchemaRegistryException;

/**
 * Writes Avro records (specific or generic) in Confluent's wire format under the subject {@code <topic>-value}
 * (or {@code -key}). Settings: {@code schema.registry.url}, {@code auto.register.schemas} (default true),
 * {@code use.latest.version} (default false: write with the subject's latest schema, resolving the record into
 * it).
 */
public class AvroSerializer<T extends GenericContainer> implements Serializer<T> {

    public static final String AUTO_REGISTER_CONFIG = "auto.register.schemas";
    public static final String USE_LATEST_VERSION_CONFIG = "use.latest.version";

    private SchemaRegistryClient registry;
    private boolean autoRegister = true;
    private boolean useLatestVersion;
    private boolean isKey;

    public AvroSerializer() {
    }

    public AvroSerializer(SchemaRegistryClient registry) {
        this.registry = registry;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        this.isKey = isKey;
        if (registry == null) {
            registry = SchemaRegistryClients.fromConfig(configs);
        }
        Object auto = configs.get(AUTO_REGISTER_CONFIG);
        autoRegister = auto == null || Boolean.parseBoolean(auto.toString());
        Object latest = configs.get(USE_LATEST_VERSION_CONFIG);
        useLatestVersion = latest != null && Boolean.parseBoolean(latest.toString());
    }

    @Override
    public byte[] serialize(String topic, T record) {
        if (record == null) {
            return null;
        }
        if (registry == null) {
            throw new SerializationException("AvroSerializer is not configured: set schema.registry.url");
        }
        String subject = topic + (isKey ? "-key" : "-value");
        Schema schema = record.getSchema();
        try {
            if (useLatestVersion) {
                var latest = registry.latest(subject);
                Object resolved = latest.schema().equals(schema) ? record : resolve(record, latest.schema());
                return frame(latest.id(), latest.schema(), resolved, false);
            }
            int id = autoRegister ? registry.register(subject, schema) : registry.lookup(subject, schema).id();
            return frame(id, schema, record, true);
        } catch (SchemaRegistryException e) {
            throw new SerializationException("Cannot serialize " + schema.getFullName() + " for subject '" + subject
                    + "': " + e.getMessage(), e);
        }
    }

    private static byte[] frame(int id, Schema schema, Object datum, boolean specific) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        out.write(WireFormat.MAGIC_BYTE);
        out.writeBytes(ByteBuffer.allocate(4).putInt(id).array());
        BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
        try {
            if (specific) {
                new SpecificDatumWriter<>(schema).write(datum, encoder);
            } else {
                new GenericDatumWriter<>(schema).write(datum, encoder);
            }
            encoder.flush();
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Cannot encode " + schema.getFullName() + ": " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** Re-reads the record as the target schema, by Avro's schema resolution rules. */
    private static Object resolve(GenericContainer record, Schema target) {
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(buffer, null);
            new SpecificDatumWriter<>(record.getSchema(), SpecificData.getForSchema(record.getSchema()))
                    .write(record, encoder);
            encoder.flush();
            return new GenericDatumReader<>(record.getSchema(), target)
                    .read(null, DecoderFactory.get().binaryDecoder(buffer.toByteArray(), null));
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Record of " + record.getSchema().getFullName()
                    + " cannot be written with the subject's latest schema: " + e.getMessage(), e);
        }
    }
}
