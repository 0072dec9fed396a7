package org.newsflow.projections.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;
import org.newsflow.events.ParagraphEnriched;
import org.newsflow.projections.model.ActorQuote;
import org.newsflow.projections.model.GraphNode;
import org.newsflow.projections.model.ParagraphView;
import org.newsflow.projections.support.Events;

/**
 * The binary store values: every field reads back as written (null and empty alike), equal values give equal bytes,
 * values written as JSON by earlier versions are still read, and unknown bytes are refused with a clear error.
 */
class BinarySerdeTest {

    private static final Instant PUBLISHED = Instant.parse("2026-03-01T10:15:00Z");

    static ParagraphEnriched paragraph() {
        return Events.paragraph("a", "r1", 1, 3, PUBLISHED, PUBLISHED.plusSeconds(60),
                "Rubio met Lavrov in Riyadh. “We talked,” Rubio said — naïve café 北京.", 1.25,
                List.of(Events.person("marco_rubio", "Marco Rubio", 2, 0.4),
                        Events.withWikidata(Events.country("russia", "Russia", 1), "Q159")),
                List.of(Events.quote("We talked", "marco_rubio"), Events.quote("unattributed", null)));
    }

    static ArticleState state() {
        ArticleState s = ArticleState.start(ArticleInput.of(paragraph()));
        s.mergeMetadata(ArticleInput.of(paragraph()));
        s.add(ParagraphViews.from(paragraph()));
        s.indexedTitle = s.title;
        return s;
    }

    @Test
    void everyValueReadsBackAsWritten() throws Exception {
        ParagraphView view = ParagraphViews.from(paragraph());
        ActorDelta delta = state().add(view).get(0);
        assertRoundTrip(ArticleCodecs.PARAGRAPH_STATE, new ParagraphState("e1", "r1", view));
        assertRoundTrip(ArticleCodecs.PARAGRAPH_STATE, new ParagraphState("e1", "r1",
                new ParagraphView(2, "", null, null, List.of(), List.of())));
        assertRoundTrip(ArticleCodecs.ARTICLE_SUMMARY, state().summary());
        assertRoundTrip(ActorCodecs.DELTA, delta);
        assertRoundTrip(ActorCodecs.DELTA, new ActorDelta(-1, false, "x", null, null, null, null, null, "a", 0,
                -5, 0, -1, Long.MIN_VALUE, Long.MAX_VALUE, List.of(new GraphNode("y", null, "PERSON", null)),
                List.of(new ActorDelta.QuoteText(3, "q"))));
        assertRoundTrip(ActorCodecs.ACTOR, ActorAggregate.apply(null, delta));
        assertRoundTrip(ActorCodecs.EDGE, EdgeAggregate.apply(null, delta, delta.coActors().get(0)));
        assertRoundTrip(ActorCodecs.TIMELINE, TimelineAggregate.apply(null, delta));
        assertRoundTrip(ActorCodecs.QUOTE, new ActorQuote("We talked", "a", 1, "2026-03-01T10:15:00.000Z"));

        // ArticleState has no equals: compare what it shows and the bytes it gives again.
        ArticleState read = roundTrip(ArticleCodecs.ARTICLE_STATE, state());
        assertThat(JsonSerde.MAPPER.writeValueAsString(read))
                .isEqualTo(JsonSerde.MAPPER.writeValueAsString(state()));
        assertThat(read.summary()).isEqualTo(state().summary());
        assertThat(read.view(List.of())).isEqualTo(state().view(List.of()));
    }

    @Test
    void equalValuesGiveEqualBytes() {
        byte[] first = ArticleCodecs.ARTICLE_STATE.serializer().serialize("t", state());
        byte[] again = ArticleCodecs.ARTICLE_STATE.serializer().serialize("t", roundTrip(ArticleCodecs.ARTICLE_STATE,
                state()));
        assertThat(again).isEqualTo(first);
        assertThat(first[0]).isEqualTo(BinarySerde.FORMAT);
    }

    @Test
    void theBytesAreThoseADataOutputStreamWrites() throws Exception {
        // stores and changelogs written before keep reading back, and a rebuild writes the same bytes as they hold
        ArticleState value = state();
        java.io.ByteArrayOutputStream expected = new java.io.ByteArrayOutputStream();
        java.io.DataOutputStream stream = new java.io.DataOutputStream(expected);
        stream.writeByte(BinarySerde.FORMAT);
        ArticleCodecs.writeState(stream, value);
        stream.writeDouble(-0.125);
        stream.writeUTF("naïve");
        stream.writeLong(Long.MIN_VALUE + 7);
        BinaryOutput out = new BinaryOutput(4);
        out.writeByte(BinarySerde.FORMAT);
        ArticleCodecs.writeState(out, value);
        out.writeDouble(-0.125);
        out.writeUTF("naïve");
        out.writeLong(Long.MIN_VALUE + 7);
        assertThat(out.toByteArray()).isEqualTo(expected.toByteArray());
        // the serde's bytes: the stream's, less the three values written after the state
        assertThat(ArticleCodecs.ARTICLE_STATE.serializer().serialize("t", value))
                .isEqualTo(java.util.Arrays.copyOf(expected.toByteArray(), expected.size() - 24));

        BinaryInput in = new BinaryInput(expected.toByteArray(), 1);
        assertThat(ArticleCodecs.readState(in).articleId).isEqualTo(value.articleId);
        assertThat(in.readDouble()).isEqualTo(-0.125);
        assertThat(in.readUTF()).isEqualTo("naïve");
        assertThat(in.readLong()).isEqualTo(Long.MIN_VALUE + 7);
        assertThatThrownBy(in::readByte).isInstanceOf(java.io.EOFException.class);
    }

    @Test
    void valuesWrittenAsJsonByEarlierVersionsAreStillRead() throws Exception {
        ParagraphState paragraph = new ParagraphState("e1", "r1", ParagraphViews.from(paragraph()));
        byte[] json = JsonSerde.of(ParagraphState.class).serializer().serialize("t", paragraph);
        assertThat(ArticleCodecs.PARAGRAPH_STATE.deserializer().deserialize("t", json)).isEqualTo(paragraph);

        byte[] oldState = JsonSerde.MAPPER.writeValueAsBytes(state());
        assertThat(ArticleCodecs.ARTICLE_STATE.deserializer().deserialize("t", oldState).summary())
                .isEqualTo(state().summary());
        // Timeline windows stored before the sentiment sum was kept read it as 0.
        assertThat(ActorCodecs.TIMELINE.deserializer().deserialize("t",
                "{\"mentions\":2,\"paragraphs\":1,\"toneMicro\":5}".getBytes()))
                .isEqualTo(new TimelineAggregate(2, 1, 5, 0));
    }

    @Test
    void aParagraphsContributionsTravelAsOneRecordAndSingleOnesFromEarlierVersionsAreStillRead() {
        List<ActorDelta> deltas = state().add(ParagraphViews.from(paragraph()));
        assertThat(deltas).hasSizeGreaterThan(1);
        assertRoundTrip(ActorCodecs.DELTAS, new ActorDeltas(deltas));
        byte[] group = ActorCodecs.DELTAS.serializer().serialize("t", new ActorDeltas(deltas));
        assertThat(group[0]).isEqualTo((byte) 2);

        // a contribution on the repartition topic when an earlier version stopped: binary, or JSON before that
        byte[] single = ActorCodecs.DELTA.serializer().serialize("t", deltas.get(0));
        assertThat(ActorCodecs.DELTAS.deserializer().deserialize("t", single))
                .isEqualTo(new ActorDeltas(List.of(deltas.get(0))));
        byte[] json = JsonSerde.of(ActorDelta.class).serializer().serialize("t", deltas.get(1));
        assertThat(ActorCodecs.DELTAS.deserializer().deserialize("t", json))
                .isEqualTo(new ActorDeltas(List.of(deltas.get(1))));
    }

    @Test
    void unknownBytesAreRefusedWithTheType() {
        assertThatThrownBy(() -> ActorCodecs.ACTOR.deserializer().deserialize("t", new byte[] {9, 1, 2}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("ActorAggregate");
        assertThatThrownBy(() -> ActorCodecs.ACTOR.deserializer().deserialize("t", new byte[] {BinarySerde.FORMAT, 4}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("ActorAggregate");
    }

    private static <T> void assertRoundTrip(Serde<T> serde, T value) {
        assertThat(roundTrip(serde, value)).isEqualTo(value);
    }

    private static <T> T roundTrip(Serde<T> serde, T value) {
        return serde.deserializer().deserialize("t", serde.serializer().serialize("t", value));
    }
}
