package org.newsflow.schemas.serde;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.newsflow.schemas.registry.SchemaRegistryClient;
import org.newsflow.schemas.registry.SchemaRegistryClients;
import org.newsflow.schemas.registry.SchemaRegistryException;

/**
 * Reads Confluent wire-format Avro records. The writer's schema comes from the registry by id; the reader's schema
 * is the target class's when one is given (or, with {@code specific.avro.reader=true}, the generated class named
 * like the writer's schema), so records written with an older or newer compatible schema resolve into it.
 * Without a specific class the result is a {@code GenericRecord} in the writer's schema.
 */
public class AvroDeserializer<T> implements Deserializer<T> {

    public static final String SPECIFIC_AVRO_READER_CONFIG = "specific.avro.reader";

    private SchemaRegistryClient registry;
    private Schema readerSchema;
    private boolean specificReader;
    private final Map<Integer, GenericDatumReader<Object>> readers = new ConcurrentHashMap<>();

    public AvroDeserializer() {
    }

    /** Reads into the given generated class, whatever the compatible writer schema was. */
    public AvroDeserializer(SchemaRegistryClient registry, Class<? extends SpecificRecord> type) {
        this.registry = registry;
        this.readerSchema = SpecificData.get().getSchema(type);
        this.specificReader = true;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        if (registry == null) {
            registry = SchemaRegistryClients.fromConfig(configs);
        }
        Object specific = configs.get(SPECIFIC_AVRO_READER_CONFIG);
        if (readerSchema == null) {
            specificReader = specific != null && Boolean.parseBoolean(specific.toString());
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        if (registry == null) {
            throw new SerializationException("AvroDeserializer is not configured: set schema.registry.url");
        }
        int id = WireFormat.schemaId(data);
        GenericDatumReader<Object> reader;
        try {
            reader = readers.computeIfAbsent(id, this::readerFor);
        } catch (SchemaRegistryException e) {
            throw new SerializationException("Cannot read record of topic '" + topic + "' written with schema id "
                    + id + ": " + e.getMessage(), e);
        }
        try {
            BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(data, WireFormat.HEADER_SIZE,
                    data.length - WireFormat.HEADER_SIZE, null);
            return (T) reader.read(null, decoder);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Cannot decode Avro record of topic '" + topic + "' with schema id "
                    + id + ": " + e, e);
        }
    }

    private GenericDatumReader<Object> readerFor(int id) {
        Schema writer = registry.getById(id);
        if (readerSchema != null) {
            return new SpecificDatumReader<>(writer, readerSchema);
        }
        if (specificReader) {
            Class<?> generated = SpecificData.get().getClass(writer);
            if (generated != null) {
                return new SpecificDatumReader<>(writer, SpecificData.get().getSchema(generated));
            }
        }
        return new GenericDatumReader<>(writer);
    }
}
