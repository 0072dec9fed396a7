package org.newsflow.projections.streams;

import static org.newsflow.projections.streams.Binary.readInt;
import static org.newsflow.projections.streams.Binary.readList;
import static org.newsflow.projections.streams.Binary.readLong;
import static org.newsflow.projections.streams.Binary.readString;
import static org.newsflow.projections.streams.Binary.writeInt;
import static org.newsflow.projections.streams.Binary.writeList;
import static org.newsflow.projections.streams.Binary.writeLong;
import static org.newsflow.projections.streams.Binary.writeString;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;
import org.apache.kafka.common.serialization.Deserializer;
import org.newsflow.projections.model.ActorQuote;
import org.newsflow.projections.model.GraphNode;

/** Binary values of the actor-keyed stores and of the per-actor contributions on the repartition topic. */
final class ActorCodecs {

    static final BinarySerde<ActorAggregate> ACTOR =
            new BinarySerde<>(ActorAggregate.class, ActorCodecs::writeActor, ActorCodecs::readActor);
    static final BinarySerde<ActorQuote> QUOTE =
            new BinarySerde<>(ActorQuote.class, ActorCodecs::writeQuote, ActorCodecs::readQuote);
    static final BinarySerde<EdgeAggregate> EDGE =
            new BinarySerde<>(EdgeAggregate.class, ActorCodecs::writeEdge, ActorCodecs::readEdge);
    static final BinarySerde<TimelineAggregate> TIMELINE =
            new BinarySerde<>(TimelineAggregate.class, ActorCodecs::writeTimeline, ActorCodecs::readTimeline);
    static final BinarySerde<ActorDelta> DELTA =
            new BinarySerde<>(ActorDelta.class, ActorCodecs::writeDelta, ActorCodecs::readDelta);
    private static final Deserializer<ActorDelta> SINGLE_DELTA = DELTA.deserializer();
    /**
     * The actor-deltas repartition records: a paragraph's contributions for one partition. A single contribution
     * (format 1, or JSON) written by an earlier version is read as a group of one.
     */
    static final BinarySerde<ActorDeltas> DELTAS = new BinarySerde<>(ActorDeltas.class, (byte) 2,
            (out, group) -> writeList(out, group.deltas(), ActorCodecs::writeDelta),
            in -> new ActorDeltas(readList(in, ActorCodecs::readDelta)),
            (topic, bytes) -> new ActorDeltas(List.of(SINGLE_DELTA.deserialize(topic, bytes))));

    private ActorCodecs() {
    }

    private static void writeActor(DataOutput out, ActorAggregate a) throws IOException {
        writeString(out, a.actorId());
        writeString(out, a.name());
        writeString(out, a.type());
        writeString(out, a.country());
        writeString(out, a.role());
        writeString(out, a.wikidata());
        writeLong(out, a.identityTime());
        writeString(out, a.identityArticle());
        writeLong(out, a.mentions());
        writeLong(out, a.paragraphs());
        writeLong(out, a.articles());
        writeLong(out, a.toneMicro());
        writeLong(out, a.sentimentMicro());
    }

    private static ActorAggregate readActor(DataInput in) throws IOException {
        return new ActorAggregate(readString(in), readString(in), readString(in), readString(in), readString(in),
                readString(in), readLong(in), readString(in), readLong(in), readLong(in), readLong(in), readLong(in),
                readLong(in));
    }

    private static void writeQuote(DataOutput out, ActorQuote q) throws IOException {
        writeString(out, q.text());
        writeString(out, q.articleId());
        writeInt(out, q.paragraph());
        writeString(out, q.time());
    }

    private static ActorQuote readQuote(DataInput in) throws IOException {
        return new ActorQuote(readString(in), readString(in), readInt(in), readString(in));
    }

    private static void writeEdge(DataOutput out, EdgeAggregate e) throws IOException {
        writeString(out, e.actorId());
        writeString(out, e.otherId());
        writeString(out, e.otherName());
        writeString(out, e.otherType());
        writeString(out, e.otherCountry());
        writeLong(out, e.identityTime());
        writeLong(out, e.weight());
        writeLong(out, e.toneMicro());
    }

    private static EdgeAggregate readEdge(DataInput in) throws IOException {
        return new EdgeAggregate(readString(in), readString(in), readString(in), readString(in), readString(in),
                readLong(in), readLong(in), readLong(in));
    }

    private static void writeTimeline(DataOutput out, TimelineAggregate t) throws IOException {
        writeLong(out, t.mentions());
        writeLong(out, t.paragraphs());
        writeLong(out, t.toneMicro());
        writeLong(out, t.sentimentMicro());
    }

    private static TimelineAggregate readTimeline(DataInput in) throws IOException {
        return new TimelineAggregate(readLong(in), readLong(in), readLong(in), readLong(in));
    }

    private static void writeDelta(DataOutput out, ActorDelta d) throws IOException {
        writeInt(out, d.sign());
        out.writeBoolean(d.mentioned());
        writeString(out, d.actorId());
        writeString(out, d.name());
        writeString(out, d.type());
        writeString(out, d.country());
        writeString(out, d.role());
        writeString(out, d.wikidata());
        writeString(out, d.articleId());
        writeInt(out, d.paragraph());
        writeLong(out, d.eventTime());
        writeInt(out, d.mentions());
        writeInt(out, d.articleDelta());
        writeLong(out, d.toneMicro());
        writeLong(out, d.sentimentMicro());
        writeList(out, d.coActors(), (o, n) -> {
            writeString(o, n.id());
            writeString(o, n.name());
            writeString(o, n.type());
            writeString(o, n.country());
        });
        writeList(out, d.quotes(), (o, q) -> {
            writeInt(o, q.ordinal());
            writeString(o, q.text());
        });
    }

    private static ActorDelta readDelta(DataInput in) throws IOException {
        return new ActorDelta(readInt(in), in.readBoolean(), readString(in), readString(in), readString(in),
                readString(in), readString(in), readString(in), readString(in), readInt(in), readLong(in), readInt(in),
                readInt(in), readLong(in), readLong(in),
                readList(in, i -> new GraphNode(readString(i), readString(i), readString(i), readString(i))),
                readList(in, i -> new ActorDelta.QuoteText(readInt(i), readString(i))));
    }
}
