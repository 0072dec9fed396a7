package org.newsflow.local.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsflow.local.registry.RegistryHttp.schemaBody;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsflow.local.EmbeddedStack;
import org.newsflow.local.EmbeddedStackExtension;
import org.newsflow.local.registry.RegistryHttp.Response;

@Timeout(60)
@ExtendWith(EmbeddedStackExtension.class)
class EmbeddedSchemaRegistryTest {

    private static final String T_V1 = """
            {"type":"record","name":"Article","namespace":"test.registry","fields":[
              {"name":"id","type":"string"},
              {"name":"title","type":"string"}]}""";
    /** Version 1 plus a field with a default: backward compatible. */
    private static final String T_V2 = """
            {"type":"record","name":"Article","namespace":"test.registry","fields":[
              {"name":"id","type":"string"},
              {"name":"title","type":"string"},
              {"name":"words","type":"int","default":0}]}""";
    /** Version 2 plus a field without a default: a reader of this cannot read older data. */
    private static final String T_INCOMPATIBLE = """
            {"type":"record","name":"Article","namespace":"test.registry","fields":[
              {"name":"id","type":"string"},
              {"name":"title","type":"string"},
              {"name":"words","type":"int","default":0},
              {"name":"source","type":"string"}]}""";
    private static final String T_OTHER = """
            {"type":"record","name":"Other","namespace":"test.registry","fields":[{"name":"x","type":"long"}]}""";

    private final EmbeddedStack stack;
    private RegistryHttp http;
    private String subject;
    // The registry is shared by the test classes of this JVM: a namespace per test keeps schemas (and ids) apart.
    private String v1;
    private String v2;
    private String incompatible;
    private String other;

    EmbeddedSchemaRegistryTest(EmbeddedStack stack) {
        this.stack = stack;
    }

    @BeforeEach
    void setUp() {
        http = new RegistryHttp(stack.schemaRegistryUrl());
        subject = "article-" + UUID.randomUUID() + "-value";
        String namespace = "test.r" + UUID.randomUUID().toString().replace("-", "");
        v1 = T_V1.replace("test.registry", namespace);
        v2 = T_V2.replace("test.registry", namespace);
        incompatible = T_INCOMPATIBLE.replace("test.registry", namespace);
        other = T_OTHER.replace("test.registry", namespace);
    }

    @Test
    void registersLooksUpAndListsVersions() {
        Response first = http.post("/subjects/" + subject + "/versions", schemaBody(v1));
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.contentType()).startsWith("application/vnd.schemaregistry.v1+json");
        int id1 = first.json().get("id").asInt();

        int id2 = http.post("/subjects/" + subject + "/versions", schemaBody(v2)).json().get("id").asInt();
        assertThat(id2).isGreaterThan(id1);

        assertThat(http.get("/subjects").json()).extracting(JsonNode::asText).contains(subject);
        assertThat(http.get("/subjects/" + subject + "/versions").json().toString()).isEqualTo("[1,2]");

        JsonNode latest = http.get("/subjects/" + subject + "/versions/latest").json();
        assertThat(latest.get("subject").asText()).isEqualTo(subject);
        assertThat(latest.get("version").asInt()).isEqualTo(2);
        assertThat(latest.get("id").asInt()).isEqualTo(id2);
        assertThat(parse(latest.get("schema").asText())).isEqualTo(parse(v2));

        JsonNode version1 = http.get("/subjects/" + subject + "/versions/1").json();
        assertThat(version1.get("id").asInt()).isEqualTo(id1);
        assertThat(parse(http.get("/subjects/" + subject + "/versions/1/schema").body())).isEqualTo(parse(v1));

        JsonNode byId = http.get("/schemas/ids/" + id1).json();
        assertThat(byId.fieldNames()).toIterable().containsExactly("schema"); // no schemaType for AVRO
        assertThat(parse(byId.get("schema").asText())).isEqualTo(parse(v1));
        assertThat(http.get("/schemas/ids/" + id2 + "/versions").json().toString())
                .isEqualTo("[{\"subject\":\"" + subject + "\",\"version\":2}]");

        JsonNode lookup = http.post("/subjects/" + subject, schemaBody(v1)).json();
        assertThat(lookup.get("version").asInt()).isEqualTo(1);
        assertThat(lookup.get("id").asInt()).isEqualTo(id1);

        assertThat(http.get("/schemas/types").json().toString()).isEqualTo("[\"AVRO\"]");
        assertThat(http.get("/").body()).isEqualTo("{}");
    }

    @Test
    void theSameSchemaKeepsItsIdAcrossRegistrationsAndSubjects() {
        int id = register(subject, v1);
        assertThat(register(subject, v1)).isEqualTo(id);
        // whitespace and field order of the JSON text do not matter, the parsed schema does
        assertThat(register(subject, v1.replace("\n", " ").replace("  ", ""))).isEqualTo(id);
        assertThat(http.get("/subjects/" + subject + "/versions").json().toString()).isEqualTo("[1]");
        String otherSubject = "other-" + UUID.randomUUID();
        assertThat(register(otherSubject, v1)).isEqualTo(id);
        assertThat(http.get("/schemas/ids/" + id + "/versions").json()).hasSize(2);
    }

    @Test
    void anIncompatibleChangeIsRefusedWithConfluentsErrorShape() {
        register(subject, v1);
        register(subject, v2);
        Response refused = http.post("/subjects/" + subject + "/versions", schemaBody(incompatible));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/vnd.schemaregistry.v1+json");
        assertThat(refused.json().get("error_code").asInt()).isEqualTo(409);
        assertThat(refused.json().get("message").asText())
                .contains("incompatible", subject, "READER_FIELD_MISSING_DEFAULT_VALUE", "source");
        assertThat(http.get("/subjects/" + subject + "/versions").json().toString()).isEqualTo("[1,2]");

        Response check = http.post("/compatibility/subjects/" + subject + "/versions/latest?verbose=true",
                schemaBody(incompatible));
        assertThat(check.json().get("is_compatible").asBoolean()).isFalse();
        assertThat(check.json().get("messages")).isNotEmpty();
        assertThat(http.post("/compatibility/subjects/" + subject + "/versions/1", schemaBody(v2))
                .json().toString()).isEqualTo("{\"is_compatible\":true}");
    }

    @Test
    void transitiveCompatibilityIsTheDefaultAndLevelsCanBeChanged() {
        assertThat(http.get("/config").json().get("compatibilityLevel").asText()).isEqualTo("BACKWARD_TRANSITIVE");
        register(subject, v1);
        Response notConfigured = http.get("/config/" + subject);
        assertThat(notConfigured.status()).isEqualTo(404);
        assertThat(notConfigured.json().get("error_code").asInt()).isEqualTo(40408);
        assertThat(http.get("/config/" + subject + "?defaultToGlobal=true").json().get("compatibilityLevel")
                .asText()).isEqualTo("BACKWARD_TRANSITIVE");

        Response put = http.put("/config/" + subject, "{\"compatibility\":\"NONE\"}");
        assertThat(put.status()).isEqualTo(200);
        assertThat(put.json().toString()).isEqualTo("{\"compatibility\":\"NONE\"}");
        assertThat(http.get("/config/" + subject).json().toString()).isEqualTo("{\"compatibilityLevel\":\"NONE\"}");
        assertThat(http.post("/subjects/" + subject + "/versions", schemaBody(other)).status()).isEqualTo(200);

        Response bad = http.put("/config/" + subject, "{\"compatibility\":\"SIDEWAYS\"}");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("error_code").asInt()).isEqualTo(42203);
        assertThat(http.get("/config").json().get("compatibilityLevel").asText()).isEqualTo("BACKWARD_TRANSITIVE");
    }

    @Test
    void errorsUseConfluentsCodes() {
        Response invalid = http.post("/subjects/" + subject + "/versions", schemaBody("{\"type\":\"recrod\"}"));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().get("error_code").asInt()).isEqualTo(42201);

        Response noSubject = http.get("/subjects/" + subject + "/versions");
        assertThat(noSubject.status()).isEqualTo(404);
        assertThat(noSubject.json().toString())
                .isEqualTo("{\"error_code\":40401,\"message\":\"Subject '" + subject + "' not found.\"}");

        register(subject, v1);
        assertThat(http.get("/subjects/" + subject + "/versions/7").json().get("error_code").asInt())
                .isEqualTo(40402);
        assertThat(http.get("/subjects/" + subject + "/versions/zero").json().get("error_code").asInt())
                .isEqualTo(42202);
        assertThat(http.get("/schemas/ids/987654").json().get("error_code").asInt()).isEqualTo(40403);
        assertThat(http.post("/subjects/" + subject, schemaBody(other)).json().get("error_code").asInt())
                .isEqualTo(40403);

        Response unknownPath = http.get("/no/such/path");
        assertThat(unknownPath.status()).isEqualTo(404);
        assertThat(unknownPath.json().get("error_code").asInt()).isEqualTo(404);
        Response wrongType = http.send("POST", "/subjects/" + subject + "/versions", schemaBody(v1), "text/plain");
        assertThat(wrongType.status()).isEqualTo(415);
        assertThat(wrongType.json().get("error_code").asInt()).isEqualTo(415);
        Response notJson = http.post("/subjects/" + subject + "/versions", "{not json");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.json().get("error_code").asInt()).isEqualTo(400);
    }

    @Test
    void acceptsEveryConfluentContentType() {
        for (String type : new String[] {"application/vnd.schemaregistry.v1+json",
                "application/vnd.schemaregistry+json", "application/json", "application/json; charset=utf-8"}) {
            assertThat(http.send("POST", "/subjects/" + subject + "/versions", schemaBody(v1), type).status())
                    .as(type).isEqualTo(200);
        }
    }

    @Test
    void softDeletesHideVersionsAndSubjects() {
        register(subject, v1);
        register(subject, v2);
        assertThat(http.delete("/subjects/" + subject + "/versions/2").body()).isEqualTo("2");
        assertThat(http.get("/subjects/" + subject + "/versions").json().toString()).isEqualTo("[1]");
        assertThat(http.get("/subjects/" + subject + "/versions?deleted=true").json().toString()).isEqualTo("[1,2]");
        assertThat(http.delete("/subjects/" + subject).json().toString()).isEqualTo("[1]");
        assertThat(http.get("/subjects").json()).extracting(JsonNode::asText).doesNotContain(subject);
        assertThat(http.get("/subjects/" + subject + "/versions").json().get("error_code").asInt())
                .isEqualTo(40401);
        assertThat(http.delete("/subjects/" + subject + "?permanent=true").json().toString())
                .isEqualTo("[1,2]");
    }

    @Test
    void severalRequestsShareOneKeepAliveConnection() throws Exception {
        int id = register(subject, v1);
        java.net.URI uri = java.net.URI.create(stack.schemaRegistryUrl());
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8));
            String body = schemaBody(v1);
            for (int i = 0; i < 4; i++) {
                String request = i % 2 == 0
                        ? "GET /schemas/ids/" + id + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n\r\n"
                        : "POST /subjects/" + subject + "/versions HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                          + RegistryHttp.CONTENT_TYPE + "\r\nContent-Length: "
                          + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
                out.write(request.getBytes(StandardCharsets.UTF_8));
                out.flush();
                String status = in.readLine();
                assertThat(status).as("response %d on one connection", i).isEqualTo("HTTP/1.1 200 OK");
                int length = -1;
                for (String line = in.readLine(); !line.isEmpty(); line = in.readLine()) {
                    assertThat(line.toLowerCase()).doesNotContain("connection: close");
                    if (line.toLowerCase().startsWith("content-length:")) {
                        length = Integer.parseInt(line.substring(15).trim());
                    }
                }
                assertThat(length).as("Content-Length of response %d", i).isPositive();
                char[] content = new char[length];
                int read = 0;
                while (read < length) {
                    read += in.read(content, read, length - read);
                }
                assertThat(new String(content)).contains(i % 2 == 0 ? "schema" : "\"id\":" + id);
            }
        }
    }

    @Test
    void aNewRegistryOnTheSameTopicRecoversIdsVersionsAndSettings() {
        String topic = "_schemas-" + UUID.randomUUID();
        int id1;
        int id2;
        int otherId;
        try (EmbeddedSchemaRegistry first = EmbeddedSchemaRegistry.builder()
                .bootstrapServers(stack.bootstrapServers()).topic(topic).build().start()) {
            RegistryHttp one = new RegistryHttp(first.url());
            id1 = register(one, subject, v1);
            id2 = register(one, subject, v2);
            otherId = register(one, "other", other);
            one.put("/config/other", "{\"compatibility\":\"FULL\"}");
            one.delete("/subjects/other/versions/1");
        }
        try (EmbeddedSchemaRegistry second = EmbeddedSchemaRegistry.builder()
                .bootstrapServers(stack.bootstrapServers()).topic(topic).build().start()) {
            RegistryHttp two = new RegistryHttp(second.url());
            assertThat(two.get("/subjects/" + subject + "/versions").json().toString()).isEqualTo("[1,2]");
            assertThat(two.get("/subjects/" + subject + "/versions/1").json().get("id").asInt()).isEqualTo(id1);
            assertThat(two.get("/subjects/" + subject + "/versions/latest").json().get("id").asInt()).isEqualTo(id2);
            assertThat(parse(two.get("/schemas/ids/" + id2).json().get("schema").asText())).isEqualTo(parse(v2));
            assertThat(two.get("/config/other").json().get("compatibilityLevel").asText()).isEqualTo("FULL");
            assertThat(two.get("/subjects").json().toString()).isEqualTo("[\"" + subject + "\"]");
            // ids keep increasing after a restart
            int next = register(two, "third", """
                    {"type":"record","name":"Third","fields":[{"name":"y","type":"int"}]}""");
            assertThat(next).isGreaterThan(Math.max(id2, otherId));
        }
    }

    @Test
    void aTakenPortIsReportedClearly() {
        int taken = stack.registry().port();
        EmbeddedSchemaRegistry clash = EmbeddedSchemaRegistry.builder()
                .bootstrapServers(stack.bootstrapServers()).port(taken).build();
        org.assertj.core.api.Assertions.assertThatThrownBy(clash::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("port " + taken)
                .hasMessageContaining("already in use");
        assertThat(http.get("/").status()).isEqualTo(200); // the running registry is untouched
    }

    private int register(String subject, String schema) {
        return register(http, subject, schema);
    }

    private static int register(RegistryHttp http, String subject, String schema) {
        Response r = http.post("/subjects/" + subject + "/versions", schemaBody(schema));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("id").asInt();
    }

    private static org.apache.avro.Schema parse(String schema) {
        return new org.apache.avro.Schema.Parser().parse(schema);
    }
}
