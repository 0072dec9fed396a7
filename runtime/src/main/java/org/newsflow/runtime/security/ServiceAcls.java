package org.newsflow.runtime.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.newsflow.runtime.config.ConfigKeys;
import org.newsflow.runtime.config.NewsflowConfig;
import org.newsflow.schemas.Topics;

/**
 * The Kafka ACLs each service needs on a cluster with an authorizer, and nothing more: the table in the README,
 * what {@code newsflow acls --for SERVICE} prints, and what the secured end-to-end test applies. Topics are created
 * up front by an administrator; each Kafka Streams app owns the internal topics, consumer group and transactional
 * ids prefixed with its {@code application.id}.
 */
public final class ServiceAcls {

    /** The schema store topic of the embedded registry (Confluent's default {@code kafkastore.topic} too). */
    public static final String REGISTRY_TOPIC = "_schemas";

    public enum Service {
        INGEST, ENRICH, PROJECTIONS, REGISTRY;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One line of the table: operations on a resource, and why the service needs them. */
    public record Grant(ResourceType type, PatternType pattern, String name, List<AclOperation> operations,
                        String why) {
    }

    private ServiceAcls() {
    }

    public static List<Grant> grants(Service service, NewsflowConfig config) {
        String prefix = config.getOrNull(ConfigKeys.TOPIC_PREFIX) == null ? ""
                : config.getOrNull(ConfigKeys.TOPIC_PREFIX);
        String ingestId = config.get(ConfigKeys.INGEST_APPLICATION_ID);
        String enrichId = config.get(ConfigKeys.ENRICH_APPLICATION_ID);
        String projectionsId = config.get(ConfigKeys.PROJECTIONS_APPLICATION_ID);
        List<Grant> out = new ArrayList<>();
        switch (service) {
            case INGEST -> {
                topic(out, prefix + Topics.SUBMITTED, "reads submitted articles; the HTTP API writes them",
                        AclOperation.READ, AclOperation.WRITE);
                topic(out, prefix + Topics.ARTICLES, "writes article events", AclOperation.WRITE);
                topic(out, prefix + Topics.PARAGRAPHS, "writes paragraph events", AclOperation.WRITE);
                topic(out, prefix + Topics.DLQ, "writes dead letters", AclOperation.WRITE);
                describeOthers(out, prefix, List.of(Topics.ENRICHED, Topics.ACTORS_REFERENCE));
                streamsApp(out, ingestId);
            }
            case ENRICH -> {
                topic(out, prefix + Topics.PARAGRAPHS, "reads paragraph events", AclOperation.READ);
                topic(out, prefix + Topics.ACTORS_REFERENCE, "reads the actor knowledge base; seeds it when empty",
                        AclOperation.READ, AclOperation.WRITE);
                topic(out, prefix + Topics.ENRICHED, "writes enriched paragraphs", AclOperation.WRITE);
                topic(out, prefix + Topics.DLQ, "writes dead letters", AclOperation.WRITE);
                describeOthers(out, prefix, List.of(Topics.SUBMITTED, Topics.ARTICLES));
                streamsApp(out, enrichId);
            }
            case PROJECTIONS -> {
                topic(out, prefix + Topics.ENRICHED, "reads enriched paragraphs", AclOperation.READ);
                topic(out, prefix + Topics.ARTICLES, "reads article revisions", AclOperation.READ);
                topic(out, prefix + Topics.DLQ, "counts dead letters; writes its own", AclOperation.READ,
                        AclOperation.WRITE);
                describeOthers(out, prefix, List.of(Topics.SUBMITTED, Topics.PARAGRAPHS, Topics.ACTORS_REFERENCE));
                streamsApp(out, projectionsId);
                out.add(new Grant(ResourceType.GROUP, PatternType.LITERAL, projectionsId,
                        List.of(AclOperation.DELETE), "newsflow reset projections deletes its group"));
                for (String other : List.of(ingestId, enrichId)) {
                    out.add(new Grant(ResourceType.GROUP, PatternType.LITERAL, other,
                            List.of(AclOperation.DESCRIBE), "/api/pipeline shows the app's state and lag"));
                }
            }
            case REGISTRY -> out.add(new Grant(ResourceType.TOPIC, PatternType.LITERAL, REGISTRY_TOPIC,
                    List.of(AclOperation.CREATE, AclOperation.READ, AclOperation.WRITE, AclOperation.DESCRIBE),
                    "the embedded registry's schema store"));
            default -> throw new IllegalArgumentException("unknown service " + service);
        }
        return out;
    }

    /** The grants as Kafka ACL bindings for {@code principal} (e.g. {@code User:enrich}), from any host. */
    public static List<AclBinding> bindings(Service service, NewsflowConfig config, String principal) {
        List<AclBinding> out = new ArrayList<>();
        for (Grant grant : grants(service, config)) {
            for (AclOperation operation : grant.operations()) {
                out.add(new AclBinding(new ResourcePattern(grant.type(), grant.name(), grant.pattern()),
                        new AccessControlEntry(principal, "*", operation, AclPermissionType.ALLOW)));
            }
        }
        return out;
    }

    private static void topic(List<Grant> out, String name, String why, AclOperation... operations) {
        out.add(new Grant(ResourceType.TOPIC, PatternType.LITERAL, name, List.of(operations), why));
    }

    /** Topic provisioning checks that every pipeline topic exists and has leaders. */
    private static void describeOthers(List<Grant> out, String prefix, List<String> baseNames) {
        for (String base : baseNames) {
            topic(out, prefix + base, "checks the topic exists at start", AclOperation.DESCRIBE);
        }
    }

    /** What every Kafka Streams app needs under its application.id (exactly-once included). */
    private static void streamsApp(List<Grant> out, String applicationId) {
        out.add(new Grant(ResourceType.TOPIC, PatternType.PREFIXED, applicationId + "-", List.of(AclOperation.ALL),
                "its internal changelog and repartition topics"));
        out.add(new Grant(ResourceType.GROUP, PatternType.LITERAL, applicationId, List.of(AclOperation.READ),
                "its consumer group"));
        out.add(new Grant(ResourceType.TRANSACTIONAL_ID, PatternType.PREFIXED, applicationId + "-",
                List.of(AclOperation.WRITE), "exactly-once transactions"));
    }
}
