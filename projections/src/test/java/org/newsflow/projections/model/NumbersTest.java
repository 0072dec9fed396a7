package org.newsflow.projections.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Times render exactly as the ISO pattern of the views writes them, whichever way they are formatted. */
class NumbersTest {

    private static final DateTimeFormatter PATTERN =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    @Test
    void everyInstantRendersAsThePatternDoes() {
        List<Long> times = new ArrayList<>(List.of(0L, -1L, 1L, 999L, 1000L, 86_399_999L, 86_400_000L,
                Instant.parse("2026-03-01T10:15:00.123Z").toEpochMilli(),
                Instant.parse("2024-02-29T23:59:59.999Z").toEpochMilli(),
                Instant.parse("2000-01-01T00:00:00Z").toEpochMilli(),
                Instant.parse("1969-12-31T23:59:59.999Z").toEpochMilli(),
                Instant.parse("0000-01-01T00:00:00Z").toEpochMilli(),
                Instant.parse("0000-01-01T00:00:00Z").toEpochMilli() - 1,
                Instant.parse("9999-12-31T23:59:59.999Z").toEpochMilli(),
                Instant.parse("9999-12-31T23:59:59.999Z").toEpochMilli() + 1,
                Long.MAX_VALUE / 1000, Long.MIN_VALUE / 1000));
        SplittableRandom random = new SplittableRandom(7);
        long from = Instant.parse("-0100-01-01T00:00:00Z").toEpochMilli();
        long to = Instant.parse("+10100-01-01T00:00:00Z").toEpochMilli();
        for (int i = 0; i < 200_000; i++) {
            times.add(random.nextLong(from, to));
        }
        for (long t : times) {
            assertThat(Numbers.iso(t)).as("%d", t).isEqualTo(PATTERN.format(Instant.ofEpochMilli(t)));
        }
        assertThat(Numbers.iso(null)).isNull();
    }
}
