package org.newsflow.runtime.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.junit.jupiter.api.Test;

class RecordLimitsTest {

    private final RecordLimits limits = new RecordLimits(1_048_588, Map.of("small", 20_000));

    @Test
    void aValueThatFitsItsTopicIsWrittenUnchanged() {
        Serializer<byte[]> guarded = limits.guard("small", Serdes.ByteArray().serializer());
        byte[] value = new byte[20_000 - RecordLimits.FRAMING_BYTES];

        assertThat(guarded.serialize("small", value)).isSameAs(value);
    }

    @Test
    void aValueOverItsTopicsLimitIsRefusedWithTheSizesInWords() {
        Serializer<byte[]> guarded = limits.guard("small", Serdes.ByteArray().serializer());

        assertThatThrownBy(() -> guarded.serialize("small", new byte[20_000]))
                .isInstanceOf(RecordTooLargeForTopicException.class)
                .hasMessage("The record for small would be 20000 bytes, over the 20000 bytes the topic accepts");
    }

    @Test
    void topicsNotDescribedTakeTheBrokersLimitUnderTheNameTheyAreWrittenTo() {
        Serializer<byte[]> guarded = limits.guard("small", Serdes.ByteArray().serializer());

        // Kafka Streams serializes a changelog record under the changelog's name, not the store's.
        assertThat(guarded.serialize("app-store-changelog", new byte[500_000])).hasSize(500_000);
        assertThat(limits.maxRequestSize()).isEqualTo(1_048_588);
    }

    @Test
    void aRecordTheBrokerRefusedLowersTheLimitSoTheSameRecordIsRefusedBeforeSending() {
        Serializer<byte[]> guarded = limits.guard("big", Serdes.ByteArray().serializer());
        byte[] value = new byte[70_000];
        assertThat(guarded.serialize("big", value)).isSameAs(value);

        limits.lower("big", 70_010);

        assertThat(limits.limitFor("big")).isEqualTo(70_009);
        assertThatThrownBy(() -> guarded.serialize("big", value)).isInstanceOf(RecordTooLargeForTopicException.class);
    }
}
