package org.newsflow.local.security;

import org.newsflow.runtime.topics.PipelineTopics;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.newsflow.runtime.config.ConfigKeys;
import org.newsflow.runtime.config.NewsflowConfig;
import org.newsflow.enrich.app.EnrichApp;
import org.newsflow.ingest.IngestApp;
import org.newsflow.local.ProjectionsProbe;
import org.newsflow.local.SchemaRegistration;
import org.newsflow.local.kafka.BrokerSecurity;
import org.newsflow.local.kafka.EmbeddedKafkaBroker;
import org.newsflow.local.registry.EmbeddedSchemaRegistry;
import org.newsflow.projections.ProjectionsApp;
import org.newsflow.schemas.Topics;
import org.newsflow.schemas.registry.SchemaRegistryClients;
import org.newsflow.runtime.security.ServiceAcls;
import org.newsflow.runtime.security.ServiceAcls.Service;
import org.newsflow.runtime.topics.TopicProvisioner;

/**
 * The whole pipeline on a broker that authenticates every client (SASL/PLAIN) and authorises it with
 * {@code StandardAuthorizer}: each service runs as its own principal with exactly the ACLs of {@link ServiceAcls}
 * (what {@code newsflow acls} prints), the registry stores its schemas as its own principal and asks for basic
 * authentication, the ingest API for a token. Subclasses choose plain SASL or SASL over TLS.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(300)
abstract class SecuredPipelineContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = "admin";
    private static final String INTRUDER = "intruder";
    private static final String INGEST_TOKEN = "ingest-" + UUID.randomUUID();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> passwords = new LinkedHashMap<>();
    private final String registryPassword = UUID.randomUUID().toString();
    private final java.util.Deque<AutoCloseable> started = new java.util.ArrayDeque<>();
    private EmbeddedKafkaBroker broker;
    private EmbeddedSchemaRegistry registry;
    private NewsflowConfig base;
    private Topics topics;
    private IngestApp ingest;
    private ProjectionsApp projections;

    /** TLS for the client listener, or null for SASL_PLAINTEXT. */
    protected abstract BrokerSecurity.Tls tls(Path dir) throws Exception;

    @BeforeAll
    void startSecuredPipeline() throws Exception {
        Path dir = Files.createTempDirectory("newsflow-secured-");
        for (String user : List.of(ADMIN, "ingest", "enrich", "projections", "registry", INTRUDER)) {
            passwords.put(user, UUID.randomUUID().toString());
        }
        broker = track(EmbeddedKafkaBroker.builder()
                .security(BrokerSecurity.sasl(ADMIN, passwords, tls(dir)))
                .build().start());
        String prefix = "secured.";
        base = NewsflowConfig.defaults().with(Map.of(
                ConfigKeys.BOOTSTRAP_SERVERS, broker.bootstrapServers(),
                ConfigKeys.TOPIC_PREFIX, prefix,
                ConfigKeys.STATE_DIR, dir.resolve("state").toString(),
                ConfigKeys.INGEST_HTTP_HOST, "127.0.0.1",
                ConfigKeys.INGEST_HTTP_PORT, "0",
                ConfigKeys.INGEST_HTTP_TOKENS, INGEST_TOKEN,
                ConfigKeys.PROJECTIONS_HTTP_HOST, "127.0.0.1",
                ConfigKeys.PROJECTIONS_HTTP_PORT, "0"));
        // The administrator (the super user) creates the topics and grants each service its ACLs.
        for (Service service : Service.values()) {
            broker.admin().createAcls(ServiceAcls.bindings(service, base, "User:" + service.label())).all()
                    .get(30, TimeUnit.SECONDS);
        }
        registry = track(EmbeddedSchemaRegistry.builder()
                .kafkaProperties(broker.clientProperties("registry"))
                .basicAuth(Map.of("newsflow", registryPassword))
                .build().start());
        base = base.with(Map.of(ConfigKeys.SCHEMA_REGISTRY_URL, registry.url(),
                SchemaRegistryClients.USER_INFO_CONFIG, "newsflow:" + registryPassword));
        topics = PipelineTopics.catalogue(base);
        TopicProvisioner.ensure(broker.admin(), topics, 3, (short) 1, Duration.ofSeconds(60));
        SchemaRegistration.registerAll(topics, topics.registry());

        ingest = track(IngestApp.start(as("ingest")));
        track(EnrichApp.start(as("enrich")));
        projections = track(ProjectionsApp.start(as("projections")));
    }

    @AfterAll
    void stop() {
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                // keep stopping the rest
            }
        }
    }

    private <T extends AutoCloseable> T track(T component) {
        started.push(component);
        return component;
    }

    @Test
    void anArticlePostedWithTheTokenIsEnrichedAndQueryableWithEachServiceOnItsOwnAcls() throws Exception {
        HttpResponse<String> accepted = postArticle("Bearer " + INGEST_TOKEN,
                "Marco Rubio met Sergey Lavrov in Riyadh.\nRussia and Ukraine talked about a ceasefire.");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String articleId = JSON.readTree(accepted.body()).path("articleId").asText();

        int paragraphs = new ProjectionsProbe("http://127.0.0.1:" + projections.port())
                .awaitComplete(List.of(articleId), Duration.ofMinutes(3));

        assertThat(paragraphs).isEqualTo(2);
        JsonNode article = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + projections.port() + "/api/articles/" + java.net.URLEncoder.encode(articleId,
                StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString()).body());
        assertThat(article.toString()).contains("marco_rubio", "russia");
    }

    @Test
    void aPostWithoutTheTokenIsRefused() throws Exception {
        assertThat(postArticle(null, "No token.").statusCode()).isEqualTo(401);
        assertThat(postArticle("Bearer wrong", "Wrong token.").statusCode()).isEqualTo(401);
    }

    @Test
    void anotherPrincipalCannotWriteTheActorKnowledgeBaseOrTheEnrichedStream() {
        assertWriteDenied(INTRUDER, topics.name(Topics.ACTORS_REFERENCE));
        assertWriteDenied(INTRUDER, topics.name(Topics.ENRICHED));
    }

    @Test
    void eachServiceWritesOnlyItsOwnTopics() {
        assertWriteDenied("ingest", topics.name(Topics.ACTORS_REFERENCE));
        assertWriteDenied("ingest", topics.name(Topics.ENRICHED));
        assertWriteDenied("projections", topics.name(Topics.ENRICHED));
        assertWriteDenied("projections", topics.name(Topics.PARAGRAPHS));
        assertWriteDenied("enrich", topics.name(Topics.PARAGRAPHS));
    }

    @Test
    void aWrongPasswordIsNotAuthenticated() {
        Map<String, Object> props = new HashMap<>(broker.clientProperties(INTRUDER));
        props.put("sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required "
                + "username=\"" + INTRUDER + "\" password=\"guess\";");
        assertThatThrownBy(() -> send(props, topics.name(Topics.SUBMITTED)))
                .hasRootCauseInstanceOf(SaslAuthenticationException.class);
    }

    @Test
    void theRegistryAsksForBasicAuthentication() throws Exception {
        HttpRequest anonymous = HttpRequest.newBuilder(URI.create(registry.url() + "/subjects")).build();
        assertThat(http.send(anonymous, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        HttpRequest wrong = HttpRequest.newBuilder(URI.create(registry.url() + "/subjects"))
                .header("Authorization", basic("newsflow:guess")).build();
        assertThat(http.send(wrong, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        HttpRequest authenticated = HttpRequest.newBuilder(URI.create(registry.url() + "/subjects"))
                .header("Authorization", basic("newsflow:" + registryPassword)).build();
        HttpResponse<String> subjects = http.send(authenticated, HttpResponse.BodyHandlers.ofString());
        assertThat(subjects.statusCode()).isEqualTo(200);
        assertThat(subjects.body()).contains(topics.name(Topics.ENRICHED) + "-value");
    }

    private NewsflowConfig as(String user) {
        Map<String, String> credentials = new HashMap<>();
        broker.clientProperties(user).forEach((k, v) -> credentials.put(k, String.valueOf(v)));
        return base.with(credentials);
    }

    private void assertWriteDenied(String user, String topic) {
        assertThatThrownBy(() -> send(broker.clientProperties(user), topic))
                .as(user + " writing " + topic)
                .hasRootCauseInstanceOf(TopicAuthorizationException.class);
    }

    private void send(Map<String, Object> clientProperties, String topic) throws Exception {
        Map<String, Object> props = new HashMap<>(clientProperties);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, "made_up_actor", "forged".getBytes(StandardCharsets.UTF_8)))
                    .get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("write to " + topic + " failed", e.getCause());
        }
    }

    private HttpResponse<String> postArticle(String authorization, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ingest.httpPort()
                        + "/articles"))
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String userInfo) {
        return "Basic " + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8));
    }
}
