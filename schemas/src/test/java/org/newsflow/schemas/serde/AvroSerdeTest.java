package org.newsflow.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsflow.events.ParagraphIngested;
import org.newsflow.schemas.registry.SchemaRegistryClient;
import org.newsflow.schemas.registry.SchemaRegistryClients;
import org.newsflow.schemas.registry.SchemaRegistryException;

class AvroSerdeTest {

    private final String url = "mock://serde-test-" + System.nanoTime();
    private final Map<String, Object> config = Map.of("schema.registry.url", url);
    private final SchemaRegistryClient registry = SchemaRegistryClients.fromConfig(config);

    @AfterEach
    void dropRegistry() {
        SchemaRegistryClients.dropMockScope(url);
    }

    static ParagraphIngested sample() {
        return ParagraphIngested.newBuilder()
                .setEventId("a1:r1:1").setArticleId("a1").setRevision("r1").setIndex(1).setCount(2)
                .setText("Rubio emphasized, “That time is coming.”").setTitle("Talks").setSource(null)
                .setUrl("https://example.org/a1").setLanguage("en")
                .setPublishedAt(Instant.parse("2025-04-04T10:00:00Z"))
                .setIngestedAt(Instant.parse("2025-04-04T10:00:01.500Z"))
                .build();
    }

    @Test
    void wireFormatBytesEqualTheCommittedGoldenBytes() throws IOException {
        AvroSerializer<ParagraphIngested> serializer = new AvroSerializer<>(registry);
        serializer.configure(config, false);

        byte[] bytes = serializer.serialize("news.paragraphs", sample());

        assertThat(HexFormat.of().formatHex(bytes)).isEqualTo(golden("paragraph-ingested.hex"));
        assertThat(bytes[0]).isZero();
        assertThat(WireFormat.schemaId(bytes)).isEqualTo(registry.latest("news.paragraphs-value").id());
    }

    @Test
    void specificRecordsRoundTrip() {
        AvroSerde<ParagraphIngested> serde = new AvroSerde<>(registry, ParagraphIngested.class);
        serde.configure(config, false);

        byte[] bytes = serde.serializer().serialize("news.paragraphs", sample());

        assertThat(serde.deserializer().deserialize("news.paragraphs", bytes)).isEqualTo(sample());
    }

    @Test
    void aReaderWithTheOldSchemaReadsRecordsWrittenWithANewerOneAndViceVersa() {
        Schema v2 = withExtraField(ParagraphIngested.getClassSchema());
        GenericRecord newer = copyInto(sample(), v2);
        newer.put("sentiment", "positive");
        AvroSerializer<GenericRecord> newerWriter = new AvroSerializer<>(registry);
        newerWriter.configure(config, false);
        AvroSerializer<ParagraphIngested> olderWriter = new AvroSerializer<>(registry);
        olderWriter.configure(config, false);

        byte[] olderBytes = olderWriter.serialize("news.paragraphs", sample());
        byte[] newerBytes = newerWriter.serialize("news.paragraphs", newer);

        AvroDeserializer<ParagraphIngested> oldReader = new AvroDeserializer<>(registry, ParagraphIngested.class);
        assertThat(oldReader.deserialize("news.paragraphs", newerBytes)).isEqualTo(sample());
        AvroDeserializer<GenericRecord> genericReader = new AvroDeserializer<>();
        genericReader.configure(config, false);
        GenericRecord asWritten = genericReader.deserialize("news.paragraphs", olderBytes);
        assertThat(asWritten.get("text").toString()).isEqualTo(sample().getText());
        assertThat(WireFormat.schemaId(newerBytes)).isNotEqualTo(WireFormat.schemaId(olderBytes));
    }

    @Test
    void useLatestVersionWritesWithTheSubjectsLatestSchema() {
        Schema v2 = withExtraField(ParagraphIngested.getClassSchema());
        registry.register("news.paragraphs-value", ParagraphIngested.getClassSchema());
        int latestId = registry.register("news.paragraphs-value", v2);
        AvroSerializer<ParagraphIngested> serializer = new AvroSerializer<>(registry);
        serializer.configure(Map.of("schema.registry.url", url, "use.latest.version", "true",
                "auto.register.schemas", "false"), false);

        byte[] bytes = serializer.serialize("news.paragraphs", sample());

        assertThat(WireFormat.schemaId(bytes)).isEqualTo(latestId);
        AvroDeserializer<GenericRecord> reader = new AvroDeserializer<>();
        reader.configure(config, false);
        assertThat(reader.deserialize("news.paragraphs", bytes).get("sentiment")).hasToString("neutral");
    }

    @Test
    void anIncompatibleSchemaIsRefusedWithTheReason() {
        registry.register("news.paragraphs-value", ParagraphIngested.getClassSchema());
        Schema incompatible = SchemaBuilder.record("ParagraphIngested").namespace("org.newsflow.events")
                .fields().requiredString("eventId").requiredInt("mandatoryNewField").endRecord();

        assertThatThrownBy(() -> registry.register("news.paragraphs-value", incompatible))
                .isInstanceOf(SchemaRegistryException.Incompatible.class)
                .hasMessageContaining("mandatoryNewField");
    }

    @Test
    void wrongMagicByteAndUnknownIdsAreClearErrors() {
        AvroDeserializer<ParagraphIngested> reader = new AvroDeserializer<>(registry, ParagraphIngested.class);

        assertThatThrownBy(() -> reader.deserialize("t", "{\"json\":true}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(WireFormat.UnknownMagicByteException.class)
                .hasMessageContaining("magic byte 0x7b");
        assertThatThrownBy(() -> reader.deserialize("t", new byte[] {0, 0, 0, 0x30, 0x39, 2}))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("schema id 12345")
                .hasRootCauseInstanceOf(SchemaRegistryException.SchemaNotFound.class);
    }

    private static Schema withExtraField(Schema base) {
        String json = base.toString().replaceFirst("\"fields\":\\[",
                "\"fields\":[{\"name\":\"sentiment\",\"type\":\"string\",\"default\":\"neutral\"},");
        return new Schema.Parser().parse(json);
    }

    private static GenericRecord copyInto(ParagraphIngested record, Schema schema) {
        GenericRecord out = new GenericData.Record(schema);
        for (Schema.Field field : record.getSchema().getFields()) {
            Object value = record.get(field.pos());
            out.put(field.name(), value instanceof Instant instant ? instant.toEpochMilli() : value);
        }
        return out;
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = AvroSerdeTest.class.getResourceAsStream("/golden/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim();
        }
    }
}
