package org.newsflow.enrich.streams;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.newsflow.enrich.engine.kb.ActorEntry;
import org.newsflow.events.ActorReference;
import org.newsflow.schemas.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills the reference topic from the bundled knowledge base the first time the app meets it empty. Idempotent:
 * two instances seeding at once write the same key/value pairs, which compaction folds into one.
 */
public final class ReferenceTopicSeeder {

    private static final Logger LOG = LoggerFactory.getLogger(ReferenceTopicSeeder.class);

    private ReferenceTopicSeeder() {
    }

    /**
     * @param clientProps Kafka client settings (bootstrap servers, security)
     * @return how many actors were written: 0 when the topic already had records
     */
    public static int seedIfEmpty(Admin admin, Map<String, Object> clientProps, Topic<String, ActorReference> topic,
                                  List<ActorEntry> entries, Duration timeout) {
        try {
            if (!isEmpty(admin, topic.name(), timeout)) {
                LOG.info("{} already holds the actor knowledge base; not seeding", topic.name());
                return 0;
            }
            Map<String, Object> props = new HashMap<>(clientProps);
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
            props.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
            List<Future<RecordMetadata>> sent = new ArrayList<>(entries.size());
            try (KafkaProducer<String, ActorReference> producer = new KafkaProducer<>(props,
                    topic.keySerde().serializer(), topic.valueSerde().serializer())) {
                for (ActorEntry entry : entries) {
                    sent.add(producer.send(new ProducerRecord<>(topic.name(), entry.id(),
                            ActorReferences.toReference(entry))));
                }
                producer.flush();
                for (Future<RecordMetadata> f : sent) {
                    f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                }
            }
            LOG.info("Seeded {} with {} actors from the bundled knowledge base", topic.name(), entries.size());
            return entries.size();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while seeding " + topic.name(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot seed " + topic.name() + ": " + e.getMessage(), e);
        }
    }

    /** True when no record was ever written to the topic (every partition's end offset is 0). */
    static boolean isEmpty(Admin admin, String topic, Duration timeout)
            throws InterruptedException, ExecutionException, TimeoutException {
        TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames()
                .get(timeout.toMillis(), TimeUnit.MILLISECONDS).get(topic);
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        description.partitions().forEach(p -> latest.put(new TopicPartition(topic, p.partition()),
                OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResultInfo> offsets = admin.listOffsets(latest).all()
                .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        return offsets.values().stream().allMatch(o -> o.offset() == 0);
    }
}
