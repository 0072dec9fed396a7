package org.newsflow.runtime.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every setting Newsflow itself reads, with its default and meaning: the one place they are defined. Kafka client
 * and Kafka Streams settings ({@code bootstrap.servers}, {@code security.protocol}, ...) are not listed here unless
 * Newsflow gives them a default; they pass through to the clients.
 */
public final class ConfigKeys {

    /** A documented setting. {@code defaultValue} null means "no default". */
    public record Key(String name, String defaultValue, String description) {
        public String env() {
            return NewsflowConfig.keyToEnv(name);
        }
    }

    public static final String BOOTSTRAP_SERVERS = "bootstrap.servers";
    public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
    public static final String TOPIC_PREFIX = "topic.prefix";
    public static final String TOPIC_PARTITIONS = "topic.partitions";
    public static final String TOPIC_REPLICATION = "topic.replication.factor";
    public static final String TOPIC_MIN_INSYNC_REPLICAS = "topic.min.insync.replicas";
    public static final String PROJECTIONS_STANDBY_REPLICAS = "projections.standby.replicas";
    public static final String STATE_DIR = "state.dir";
    public static final String PROCESSING_GUARANTEE = "processing.guarantee";
    public static final String INGEST_APPLICATION_ID = "ingest.application.id";
    public static final String INGEST_HTTP_HOST = "ingest.http.host";
    public static final String INGEST_HTTP_PORT = "ingest.http.port";
    public static final String INGEST_HTTP_TOKENS = "ingest.http.tokens";
    public static final String INGEST_MAX_ARTICLE_BYTES = "ingest.max.article.bytes";
    public static final String INGEST_MAX_PARAGRAPHS = "ingest.max.paragraphs";
    public static final String INGEST_MAX_PARAGRAPH_BYTES = "ingest.max.paragraph.bytes";
    public static final String LIMITS_EXCEEDED = "limits.exceeded";
    public static final String ENRICH_APPLICATION_ID = "enrich.application.id";
    public static final String ENRICH_CONTEXT_RETENTION_MS = "enrich.context.retention.ms";
    public static final String ENRICH_MAX_ACTORS = "enrich.max.actors.per.paragraph";
    public static final String ENRICH_MAX_MENTIONS = "enrich.max.mentions.per.actor";
    public static final String ENRICH_MAX_QUOTES = "enrich.max.quotes.per.paragraph";
    public static final String PROJECTIONS_APPLICATION_ID = "projections.application.id";
    public static final String PROJECTIONS_HTTP_HOST = "projections.http.host";
    public static final String PROJECTIONS_HTTP_PORT = "projections.http.port";
    public static final String PROJECTIONS_HTTP_TOKENS = "projections.http.tokens";
    public static final String PROJECTIONS_ADVERTISED_HOST = "projections.advertised.host";
    public static final String PROJECTIONS_TIMELINE_RETENTION_DAYS = "projections.timeline.retention.days";
    public static final String ROCKSDB_MEMORY_BYTES = "rocksdb.memory.bytes";
    public static final String HEALTH_STALL_MS = "health.stall.ms";
    public static final String STATIC_MEMBERSHIP = "streams.static.membership";
    public static final String LOCAL_KAFKA_HOST = "local.kafka.host";
    public static final String LOCAL_REGISTRY_HOST = "local.registry.host";
    public static final String LOCAL_REGISTRY_USERS = "local.registry.users";
    public static final String LOCAL_BROKERS = "local.brokers";

    /** Prefixes of Newsflow's own keys; anything else is a Kafka client setting. */
    private static final List<String> OWN_PREFIXES =
            List.of("topic.", "ingest.", "enrich.", "projections.", "local.", "rocksdb.", "limits.", "health.",
                    "streams.");

    public static final List<Key> ALL = List.of(
            new Key(BOOTSTRAP_SERVERS, "localhost:9092", "Kafka bootstrap servers."),
            new Key(SCHEMA_REGISTRY_URL, "http://localhost:8081",
                    "Confluent-compatible Schema Registry URL (Confluent, Apicurio ccompat, Redpanda, Karapace)."),
            new Key(TOPIC_PREFIX, "", "Prefix put before every topic name, e.g. 'staging.'."),
            new Key(TOPIC_PARTITIONS, "3", "Partitions of the topics Newsflow creates."),
            new Key(TOPIC_REPLICATION, "1", "Replication factor of the topics Newsflow creates, and of the Kafka "
                    + "Streams internal topics (changelogs, repartition topics); 3 on a production cluster "
                    + "(`newsflow local --brokers N`: min(3, N))."),
            new Key(TOPIC_MIN_INSYNC_REPLICAS, null, "`min.insync.replicas` of those topics: how many replicas "
                    + "must have a write before it is acknowledged (producers use acks=all); unset means the "
                    + "broker's default. 2 with 3 replicas (`newsflow local --brokers N`: 2 when N >= 3)."),
            new Key(STATE_DIR, System.getProperty("java.io.tmpdir") + "/newsflow-streams",
                    "Kafka Streams state directory (RocksDB stores)."),
            new Key(PROCESSING_GUARANTEE, "exactly_once_v2", "Kafka Streams processing guarantee."),
            new Key(INGEST_APPLICATION_ID, "newsflow-ingest", "application.id of the ingest Streams app."),
            new Key(INGEST_HTTP_HOST, "0.0.0.0", "Interface the ingest HTTP API binds to (`newsflow local`: "
                    + "127.0.0.1)."),
            new Key(INGEST_HTTP_PORT, "8082", "Port of the ingest HTTP API (POST /articles)."),
            new Key(INGEST_HTTP_TOKENS, null, "Comma-separated bearer tokens; when set, POST /articles needs "
                    + "`Authorization: Bearer <token>` (401 otherwise)."),
            new Key(INGEST_MAX_ARTICLE_BYTES, "491520", "Largest accepted article, in bytes; lowered at start-up to "
                    + "what the topics accept (half their record limit, less 48 KiB). Larger ones: 413 / dead letter."),
            new Key(INGEST_MAX_PARAGRAPHS, "2000", "Most paragraphs accepted in one article. More: 400 / dead letter."),
            new Key(INGEST_MAX_PARAGRAPH_BYTES, "65536", "Largest paragraph, in UTF-8 bytes; a longer one is cut "
                    + "or refused as limits.exceeded says."),
            new Key(LIMITS_EXCEEDED, "truncate", "What happens to a paragraph over a limit (paragraph bytes, actors, "
                    + "mentions, quotes): 'truncate' keeps what fits and names the limit in the event's 'truncated' "
                    + "field; 'dead-letter' refuses it with the reason (HTTP 413, news.dlq)."),
            new Key(ENRICH_APPLICATION_ID, "newsflow-enrich", "application.id of the enrich Streams app."),
            new Key(ENRICH_CONTEXT_RETENTION_MS, "86400000",
                    "How long an article's context (actors seen so far) is kept for back-references."),
            new Key(ENRICH_MAX_ACTORS, "100", "Most actors kept for one paragraph (those mentioned most)."),
            new Key(ENRICH_MAX_MENTIONS, "100", "Most mentions (with offsets) kept for one actor in one paragraph."),
            new Key(ENRICH_MAX_QUOTES, "50", "Most quotes kept for one paragraph."),
            new Key(PROJECTIONS_APPLICATION_ID, "newsflow-projections",
                    "application.id of the projections Streams app; a new id rebuilds every view from the log."),
            new Key(PROJECTIONS_HTTP_HOST, "0.0.0.0", "Interface the projections HTTP API binds to (`newsflow "
                    + "local`: 127.0.0.1)."),
            new Key(PROJECTIONS_HTTP_PORT, "8080", "Port of the projections HTTP API and dashboard."),
            new Key(PROJECTIONS_HTTP_TOKENS, null, "Comma-separated bearer tokens; when set, /api/*, /metrics and "
                    + "/openapi.json need one (the dashboard takes it as `?token=`); health stays open."),
            new Key(PROJECTIONS_ADVERTISED_HOST, "localhost",
                    "Host name other projection instances use to reach this one (application.server)."),
            new Key(PROJECTIONS_STANDBY_REPLICAS, "1", "Warm copies of each projections store kept by other "
                    + "instances (`num.standby.replicas`), so a failed instance's views are served again within "
                    + "seconds; used only when more than one instance runs. 0 rebuilds from the changelog."),
            new Key(PROJECTIONS_TIMELINE_RETENTION_DAYS, "365", "Retention of the timeline windows, in days."),
            new Key(ROCKSDB_MEMORY_BYTES, "67108864",
                    "Upper bound of RocksDB block cache + memtables shared by all stores of one app."),
            new Key(HEALTH_STALL_MS, "120000", "How long an app may process nothing while input waits before "
                    + "/health/ready and /api/pipeline report it stalled."),
            new Key(STATIC_MEMBERSHIP, "true", "Each app instance joins its group under a group.instance.id kept in "
                    + "its state directory, so a restart after a crash takes its partitions back at once."),
            new Key(LOCAL_KAFKA_HOST, "127.0.0.1", "`newsflow local`: interface of the embedded broker's client "
                    + "listener (the controller listener stays on loopback)."),
            new Key(LOCAL_REGISTRY_HOST, "127.0.0.1", "`newsflow local`: interface of the embedded Schema "
                    + "Registry."),
            new Key(LOCAL_BROKERS, "1", "`newsflow local`: brokers of the embedded KRaft cluster (`--brokers`), "
                    + "on consecutive ports from the Kafka port; three of them (one when fewer) form the "
                    + "controller quorum."),
            new Key(LOCAL_REGISTRY_USERS, null, "`newsflow local`: `user:password,...`; when set, the embedded "
                    + "registry requires HTTP basic authentication and the apps use the first pair."));

    private ConfigKeys() {
    }

    public static boolean isNewsflowKey(String key) {
        return OWN_PREFIXES.stream().anyMatch(key::startsWith);
    }

    static Map<String, String> defaults() {
        Map<String, String> out = new LinkedHashMap<>();
        ALL.forEach(k -> {
            if (k.defaultValue() != null) {
                out.put(k.name(), k.defaultValue());
            }
        });
        return out;
    }
}
