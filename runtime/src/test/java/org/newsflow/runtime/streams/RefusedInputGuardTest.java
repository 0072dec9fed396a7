package org.newsflow.runtime.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.Test;

class RefusedInputGuardTest {

    @Test
    void anInputWhoseOutputWasRefusedIsHandedToTheProcessingHandlerAndTheOthersFlow() {
        RefusedInputs refused = new RefusedInputs();
        refused.remember("in", 0, 1, "Kafka refused a record of 10 bytes for out: timestamp out of range");
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "guard-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.PROCESSOR_WRAPPER_CLASS_CONFIG, RefusedInputGuard.class);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
                LogAndContinueProcessingExceptionHandler.class);
        props.put(RefusedInputs.CONFIG, refused);
        StreamsBuilder builder = new StreamsBuilder(StreamsProperties.topologyConfig(props));
        builder.stream("in", Consumed.with(Serdes.String(), Serdes.String()))
                .mapValues(v -> v.toUpperCase(java.util.Locale.ROOT))
                .filter((k, v) -> true)
                .to("out", Produced.with(Serdes.String(), Serdes.String()));

        try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), props)) {
            TestInputTopic<String, String> in = driver.createInputTopic("in", Serdes.String().serializer(),
                    Serdes.String().serializer());
            TestOutputTopic<String, String> out = driver.createOutputTopic("out", Serdes.String().deserializer(),
                    Serdes.String().deserializer());
            in.pipeInput("a", "first");
            in.pipeInput("b", "refused before");
            in.pipeInput("c", "third");

            List<KeyValue<String, String>> written = out.readKeyValuesToList();
            assertThat(written).containsExactly(KeyValue.pair("a", "FIRST"), KeyValue.pair("c", "THIRD"));
        }
    }

    @Test
    void nothingIsRefusedUntilRemembered() {
        RefusedInputs refused = new RefusedInputs();
        assertThat(refused.reasonFor("in", 0, 1)).isNull();
        refused.remember("in", 0, 1, "why");
        assertThat(refused.reasonFor("in", 0, 1)).isEqualTo("why");
        assertThat(refused.reasonFor("in", 1, 1)).isNull();
        assertThat(refused.reasonFor("in", 0, 2)).isNull();
    }

    @Test
    void rememberedInputsAreBounded() {
        RefusedInputs refused = new RefusedInputs();
        for (int offset = 0; offset <= RefusedInputs.MAX_REMEMBERED; offset++) {
            refused.remember("in", 0, offset, "why");
        }
        assertThat(refused.reasonFor("in", 0, 0)).as("the oldest, forgotten").isNull();
        assertThat(refused.reasonFor("in", 0, RefusedInputs.MAX_REMEMBERED)).isEqualTo("why");
    }
}
