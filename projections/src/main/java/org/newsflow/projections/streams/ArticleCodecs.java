package org.newsflow.projections.streams;

import static org.newsflow.projections.streams.Binary.readInt;
import static org.newsflow.projections.streams.Binary.readList;
import static org.newsflow.projections.streams.Binary.readLong;
import static org.newsflow.projections.streams.Binary.readNullable;
import static org.newsflow.projections.streams.Binary.readString;
import static org.newsflow.projections.streams.Binary.writeInt;
import static org.newsflow.projections.streams.Binary.writeList;
import static org.newsflow.projections.streams.Binary.writeLong;
import static org.newsflow.projections.streams.Binary.writeNullable;
import static org.newsflow.projections.streams.Binary.writeString;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Map;
import org.newsflow.projections.model.ActorRef;
import org.newsflow.projections.model.ArticleSummary;
import org.newsflow.projections.model.MentionView;
import org.newsflow.projections.model.ParagraphActorView;
import org.newsflow.projections.model.ParagraphView;
import org.newsflow.projections.model.QuoteView;
import org.newsflow.projections.model.SentimentView;
import org.newsflow.projections.model.ToneView;

/** Binary values of the article-keyed stores: article state, stored paragraphs and the article index. */
final class ArticleCodecs {

    static final BinarySerde<ArticleState> ARTICLE_STATE =
            new BinarySerde<>(ArticleState.class, ArticleCodecs::writeState, ArticleCodecs::readState);
    static final BinarySerde<ParagraphState> PARAGRAPH_STATE =
            new BinarySerde<>(ParagraphState.class, ArticleCodecs::writeParagraphState, ArticleCodecs::readParagraphState);
    static final BinarySerde<ArticleSummary> ARTICLE_SUMMARY =
            new BinarySerde<>(ArticleSummary.class, ArticleCodecs::writeSummary, ArticleCodecs::readSummary);

    private ArticleCodecs() {
    }

    static void writeState(DataOutput out, ArticleState s) throws IOException {
        writeString(out, s.articleId);
        writeString(out, s.revision);
        writeLong(out, s.revisionIngestedAt);
        writeLong(out, s.eventTime);
        writeString(out, s.title);
        writeString(out, s.source);
        writeString(out, s.url);
        writeString(out, s.language);
        Binary.writeNullableLong(out, s.publishedAt);
        writeLong(out, s.ingestedAt);
        writeInt(out, s.paragraphCount);
        writeInt(out, s.received);
        for (long sum : new long[] {s.weight, s.words, s.toneMicro, s.positiveMicro, s.negativeMicro,
                s.polarityMicro, s.sentimentMicro}) {
            writeLong(out, sum);
        }
        writeInt(out, s.actors.size());
        for (Map.Entry<String, ArticleState.ActorTally> e : s.actors.entrySet()) {
            writeString(out, e.getKey());
            ArticleState.ActorTally a = e.getValue();
            writeString(out, a.id());
            writeString(out, a.name());
            writeString(out, a.type());
            writeString(out, a.country());
            writeString(out, a.role());
            writeString(out, a.wikidata());
            writeLong(out, a.mentions());
            writeLong(out, a.paragraphs());
        }
        writeString(out, s.indexedTitle);
    }

    static ArticleState readState(DataInput in) throws IOException {
        ArticleState s = new ArticleState();
        s.articleId = readString(in);
        s.revision = readString(in);
        s.revisionIngestedAt = readLong(in);
        s.eventTime = readLong(in);
        s.title = readString(in);
        s.source = readString(in);
        s.url = readString(in);
        s.language = readString(in);
        s.publishedAt = Binary.readNullableLong(in);
        s.ingestedAt = readLong(in);
        s.paragraphCount = readInt(in);
        s.received = readInt(in);
        s.weight = readLong(in);
        s.words = readLong(in);
        s.toneMicro = readLong(in);
        s.positiveMicro = readLong(in);
        s.negativeMicro = readLong(in);
        s.polarityMicro = readLong(in);
        s.sentimentMicro = readLong(in);
        int actors = readInt(in);
        for (int i = 0; i < actors; i++) {
            String key = readString(in);
            s.actors.put(key, new ArticleState.ActorTally(readString(in), readString(in), readString(in),
                    readString(in), readString(in), readString(in), readLong(in), readLong(in)));
        }
        s.indexedTitle = readString(in);
        return s;
    }

    private static void writeParagraphState(DataOutput out, ParagraphState p) throws IOException {
        writeString(out, p.eventId());
        writeString(out, p.revision());
        writeNullable(out, p.view(), ArticleCodecs::writeParagraph);
    }

    private static ParagraphState readParagraphState(DataInput in) throws IOException {
        return new ParagraphState(readString(in), readString(in), readNullable(in, ArticleCodecs::readParagraph));
    }

    private static void writeParagraph(DataOutput out, ParagraphView p) throws IOException {
        writeInt(out, p.index());
        writeString(out, p.text());
        writeNullable(out, p.tone(), ArticleCodecs::writeTone);
        writeNullable(out, p.sentiment(), ArticleCodecs::writeSentiment);
        writeList(out, p.actors(), ArticleCodecs::writeParagraphActor);
        writeList(out, p.quotes(), (o, q) -> {
            writeInt(o, q.start());
            writeInt(o, q.end());
            writeString(o, q.text());
            writeString(o, q.speaker());
        });
    }

    private static ParagraphView readParagraph(DataInput in) throws IOException {
        return new ParagraphView(readInt(in), readString(in), readNullable(in, ArticleCodecs::readTone),
                readNullable(in, ArticleCodecs::readSentiment), readList(in, ArticleCodecs::readParagraphActor),
                readList(in, i -> new QuoteView(readInt(i), readInt(i), readString(i), readString(i))));
    }

    private static void writeTone(DataOutput out, ToneView t) throws IOException {
        out.writeDouble(t.tone());
        out.writeDouble(t.positive());
        out.writeDouble(t.negative());
        out.writeDouble(t.polarity());
        writeInt(out, t.wordCount());
    }

    private static ToneView readTone(DataInput in) throws IOException {
        return new ToneView(in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble(), readInt(in));
    }

    private static void writeSentiment(DataOutput out, SentimentView s) throws IOException {
        out.writeDouble(s.score());
        writeString(out, s.label());
    }

    private static SentimentView readSentiment(DataInput in) throws IOException {
        return new SentimentView(in.readDouble(), readString(in));
    }

    private static void writeParagraphActor(DataOutput out, ParagraphActorView a) throws IOException {
        writeString(out, a.id());
        writeString(out, a.name());
        writeString(out, a.type());
        writeString(out, a.country());
        writeString(out, a.role());
        writeString(out, a.wikidata());
        writeNullable(out, a.sentiment(), ArticleCodecs::writeSentiment);
        writeList(out, a.mentions(), (o, m) -> {
            writeInt(o, m.start());
            writeInt(o, m.end());
            writeString(o, m.text());
            writeString(o, m.kind());
        });
    }

    private static ParagraphActorView readParagraphActor(DataInput in) throws IOException {
        return new ParagraphActorView(readString(in), readString(in), readString(in), readString(in), readString(in),
                readString(in), readNullable(in, ArticleCodecs::readSentiment),
                readList(in, i -> new MentionView(readInt(i), readInt(i), readString(i), readString(i))));
    }

    private static void writeSummary(DataOutput out, ArticleSummary s) throws IOException {
        writeString(out, s.id());
        writeString(out, s.title());
        writeString(out, s.source());
        writeString(out, s.url());
        writeString(out, s.publishedAt());
        writeString(out, s.time());
        writeString(out, s.revision());
        writeInt(out, s.paragraphCount());
        writeInt(out, s.paragraphsReceived());
        out.writeDouble(s.tone());
        writeList(out, s.topActors(), (o, a) -> {
            writeString(o, a.id());
            writeString(o, a.name());
            writeLong(o, a.count());
        });
    }

    private static ArticleSummary readSummary(DataInput in) throws IOException {
        return new ArticleSummary(readString(in), readString(in), readString(in), readString(in), readString(in),
                readString(in), readString(in), readInt(in), readInt(in), in.readDouble(),
                readList(in, i -> new ActorRef(readString(i), readString(i), readLong(i))));
    }
}
