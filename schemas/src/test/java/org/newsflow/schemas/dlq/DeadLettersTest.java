package org.newsflow.schemas.dlq;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.newsflow.events.DeadLetter;

class DeadLettersTest {

    @Test
    void aLetterKeepsASmallValueWholeWithItsSize() {
        byte[] value = "not JSON".getBytes();

        DeadLetter letter = DeadLetters.of("app", "app.parse", "bad", null, "t", 0, 7L, null, value, Instant.EPOCH);

        assertThat(bytes(letter.getOriginalValue())).isEqualTo(value);
        assertThat(letter.getOriginalValueBytes()).isEqualTo(8L);
    }

    @Test
    void aLetterForAHugeRecordKeepsABoundedPrefixOfValueKeyAndReason() {
        byte[] value = new byte[3_000_000];
        Arrays.fill(value, (byte) 'a');
        byte[] key = new byte[100_000];

        DeadLetter letter = DeadLetters.of("app", "app.produce", "x".repeat(50_000), null, "t", 1, 9L, key, value,
                Instant.EPOCH);

        assertThat(bytes(letter.getOriginalValue())).hasSize(DeadLetters.MAX_VALUE_BYTES)
                .isEqualTo(Arrays.copyOf(value, DeadLetters.MAX_VALUE_BYTES));
        assertThat(letter.getOriginalValueBytes()).isEqualTo(3_000_000L);
        assertThat(bytes(letter.getOriginalKey())).hasSize(DeadLetters.MAX_KEY_BYTES);
        assertThat(letter.getReason()).hasSizeLessThanOrEqualTo(2_001);
        assertThat(DeadLetters.boundedKey(key)).hasSize(DeadLetters.MAX_KEY_BYTES);
    }

    private static byte[] bytes(ByteBuffer buffer) {
        ByteBuffer copy = buffer.duplicate();
        byte[] out = new byte[copy.remaining()];
        copy.get(out);
        return out;
    }
}
