package org.newsflow.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every client gets the security settings; each kind gets only the settings it understands. */
class KafkaClientPropertiesTest {

    private final NewsflowConfig config = NewsflowConfig.defaults().with(Map.of(
            "bootstrap.servers", "broker:9093",
            "security.protocol", "SASL_SSL",
            "sasl.mechanism", "SCRAM-SHA-512",
            "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;",
            "ssl.truststore.location", "/etc/newsflow/truststore.jks",
            "linger.ms", "20",
            "max.poll.records", "50",
            "num.stream.threads", "2"));

    @Test
    void everyKindOfClientGetsTheConnectionAndSecuritySettings() {
        Map<String, Object> security = Map.of("bootstrap.servers", "broker:9093", "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                "ssl.truststore.location", "/etc/newsflow/truststore.jks");

        assertThat(KafkaClientProperties.admin(config)).containsAllEntriesOf(security);
        assertThat(KafkaClientProperties.producer(config)).containsAllEntriesOf(security);
        assertThat(KafkaClientProperties.consumer(config)).containsAllEntriesOf(security);
        assertThat(KafkaClientProperties.streams(config)).containsAllEntriesOf(security);
        assertThat(KafkaClientProperties.connection(config)).isEqualTo(security);
    }

    @Test
    void eachKindKeepsOnlyItsOwnTuningAndNoneGetsNewsflowsKeys() {
        assertThat(KafkaClientProperties.producer(config)).containsEntry("linger.ms", "20")
                .doesNotContainKeys("max.poll.records", "num.stream.threads", "topic.partitions");
        assertThat(KafkaClientProperties.consumer(config)).containsEntry("max.poll.records", "50")
                .doesNotContainKeys("linger.ms", "schema.registry.url");
        assertThat(KafkaClientProperties.admin(config)).doesNotContainKeys("linger.ms", "max.poll.records",
                "schema.registry.url");
        assertThat(KafkaClientProperties.streams(config)).containsKeys("num.stream.threads", "schema.registry.url")
                .doesNotContainKeys("topic.partitions", "ingest.http.port");
    }
}
