package org.newsflow.projections.streams;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Store keys keep the exact text they always had: stores written before must be found by the same keys. */
class KeysTest {

    @Test
    void numbersArePaddedExactlyLikeTheFormatter() {
        for (long v : new long[] {0, 7, 999_999, 1_000_000, 1_767_225_600_000L, Long.MAX_VALUE}) {
            assertThat(Keys.time(v)).isEqualTo(String.format("%019d", v));
            assertThat(Keys.descendingTime(v)).isEqualTo(String.format("%019d", Long.MAX_VALUE - v));
        }
        for (int i : new int[] {0, 1, 42, 999_999, 1_000_000, Integer.MAX_VALUE, -1}) {
            assertThat(Keys.index(i)).isEqualTo(String.format("%06d", i));
        }
        assertThat(Keys.time(-5)).isEqualTo(Keys.time(0));
    }
}
