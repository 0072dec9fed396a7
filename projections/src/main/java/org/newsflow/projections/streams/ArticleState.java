package org.newsflow.projections.streams;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.newsflow.projections.model.ActorRef;
import org.newsflow.projections.model.ArticleActorView;
import org.newsflow.projections.model.ArticleSummary;
import org.newsflow.projections.model.ArticleView;
import org.newsflow.projections.model.GraphNode;
import org.newsflow.projections.model.Numbers;
import org.newsflow.projections.model.ParagraphActorView;
import org.newsflow.projections.model.ParagraphView;
import org.newsflow.projections.model.QuoteView;
import org.newsflow.projections.model.SentimentView;
import org.newsflow.projections.model.ToneView;

/**
 * The current revision of one article: metadata and running totals over the paragraphs received so far. Adding or
 * removing a paragraph updates the totals and returns the paragraph's contributions to the actor-keyed views, so
 * that replacing a paragraph or a whole revision retracts exactly what it added. Sums are kept in whole
 * millionths, which makes them exact and independent of the order of updates.
 */
public final class ArticleState {

    /** Per actor of the article: mentions and paragraphs mentioning it. */
    public record ActorTally(String id, String name, String type, String country, String role, String wikidata,
                             long mentions, long paragraphs) {
    }

    public String articleId;
    public String revision;
    public long revisionIngestedAt;
    /** Event time of the revision (published, else ingested), fixed when the revision starts. */
    public long eventTime;
    public String title;
    public String source;
    public String url;
    public String language;
    public Long publishedAt;
    public long ingestedAt;
    public int paragraphCount;
    public int received;
    /** Weighted by max(1, word count) per paragraph, as GDELT weighs an article's tone by its words. */
    public long weight;
    public long words;
    public long toneMicro;
    public long positiveMicro;
    public long negativeMicro;
    public long polarityMicro;
    public long sentimentMicro;
    public TreeMap<String, ActorTally> actors = new TreeMap<>();
    /** The title whose words are in the search index, to retract them when it changes. */
    public String indexedTitle;

    public static ArticleState start(ArticleInput input) {
        ArticleState s = new ArticleState();
        s.articleId = input.articleId();
        s.revision = input.revision();
        s.revisionIngestedAt = input.ingestedAt();
        s.eventTime = input.eventTime();
        s.ingestedAt = input.ingestedAt();
        return s;
    }

    /**
     * Whether {@code input} belongs to a revision newer than this one. The newest revision is the greatest
     * (ingest time, revision): a rule that does not depend on the order events arrive in, so a replay or a late
     * re-delivery of an old revision ends in the same state.
     */
    public boolean isSupersededBy(ArticleInput input) {
        if (input.revision().equals(revision)) {
            return false;
        }
        return input.ingestedAt() > revisionIngestedAt
                || (input.ingestedAt() == revisionIngestedAt && input.revision().compareTo(revision) > 0);
    }

    /** Fills metadata the state does not have yet; the revision's events all carry the same values. */
    public void mergeMetadata(ArticleInput input) {
        if (input.paragraph() != null) {
            var p = input.paragraph();
            fill(p.getTitle(), p.getSource(), p.getUrl(), p.getLanguage(), p.getPublishedAt());
            if (paragraphCount == 0) {
                paragraphCount = p.getCount();
            }
        } else {
            var a = input.article();
            fill(a.getTitle(), a.getSource(), a.getUrl(), a.getLanguage(), a.getPublishedAt());
            paragraphCount = a.getParagraphCount();
        }
    }

    private void fill(String title, String source, String url, String language, java.time.Instant published) {
        this.title = this.title != null ? this.title : title;
        this.source = this.source != null ? this.source : source;
        this.url = this.url != null ? this.url : url;
        this.language = this.language != null ? this.language : language;
        this.publishedAt = this.publishedAt != null ? this.publishedAt
                : published == null ? null : published.toEpochMilli();
    }

    public List<ActorDelta> add(ParagraphView p) {
        return apply(p, +1);
    }

    public List<ActorDelta> remove(ParagraphView p) {
        return apply(p, -1);
    }

    private List<ActorDelta> apply(ParagraphView p, int sign) {
        ToneView t = p.tone();
        long w = Math.max(1, t.wordCount());
        received += sign;
        weight += sign * w;
        words += sign * (long) t.wordCount();
        toneMicro += sign * w * Numbers.micro(t.tone());
        positiveMicro += sign * w * Numbers.micro(t.positive());
        negativeMicro += sign * w * Numbers.micro(t.negative());
        polarityMicro += sign * w * Numbers.micro(t.polarity());
        long paragraphSentiment = p.sentiment() == null ? 0 : Numbers.micro(p.sentiment().score());
        sentimentMicro += sign * w * paragraphSentiment;

        List<ActorDelta> deltas = new ArrayList<>();
        List<GraphNode> everyone = p.actors().stream()
                .map(a -> new GraphNode(a.id(), a.name(), a.type(), a.country())).toList();
        for (ParagraphActorView a : p.actors()) {
            int articleDelta = tally(a, sign);
            List<GraphNode> others = everyone.stream().filter(n -> !n.id().equals(a.id())).toList();
            long sentiment = a.sentiment() != null ? Numbers.micro(a.sentiment().score()) : paragraphSentiment;
            deltas.add(new ActorDelta(sign, true, a.id(), a.name(), a.type(), a.country(), a.role(), a.wikidata(), articleId,
                    p.index(), eventTime, Math.max(1, a.mentions().size()), articleDelta, Numbers.micro(t.tone()),
                    sentiment, others, quotesBy(p, a.id())));
        }
        // Quotes by speakers the paragraph itself does not mention still belong to their speaker.
        p.quotes().stream().map(QuoteView::speaker).filter(s -> s != null && !s.isBlank()).distinct()
                .filter(s -> p.actors().stream().noneMatch(a -> a.id().equals(s)))
                .forEach(s -> deltas.add(new ActorDelta(sign, false, s, null, null, null, null, null, articleId,
                        p.index(), eventTime, 0, 0, 0, 0, List.of(), quotesBy(p, s))));
        return deltas;
    }

    private int tally(ParagraphActorView a, int sign) {
        ActorTally old = actors.get(a.id());
        long mentions = (old == null ? 0 : old.mentions()) + sign * (long) Math.max(1, a.mentions().size());
        long paragraphs = (old == null ? 0 : old.paragraphs()) + sign;
        if (paragraphs <= 0) {
            actors.remove(a.id());
        } else {
            actors.put(a.id(), new ActorTally(a.id(), a.name(), a.type(), a.country(), a.role(), a.wikidata(), mentions,
                    paragraphs));
        }
        if (sign > 0 && (old == null || old.paragraphs() == 0)) {
            return 1;
        }
        return sign < 0 && paragraphs <= 0 ? -1 : 0;
    }

    private static List<ActorDelta.QuoteText> quotesBy(ParagraphView p, String speaker) {
        List<ActorDelta.QuoteText> out = new ArrayList<>();
        for (int i = 0; i < p.quotes().size(); i++) {
            if (speaker.equals(p.quotes().get(i).speaker())) {
                out.add(new ActorDelta.QuoteText(i, p.quotes().get(i).text()));
            }
        }
        return out;
    }

    /** Built once: a comparator chain built per summary showed in the profile. */
    private static final Comparator<ActorTally> RANK = Comparator.comparingLong(ActorTally::mentions).reversed()
            .thenComparing(Comparator.comparingLong(ActorTally::paragraphs).reversed())
            .thenComparing(ActorTally::id);

    /** Actors ranked by mentions, then paragraphs, then id. */
    public List<ArticleActorView> rankedActors() {
        return actors.values().stream()
                .sorted(RANK)
                .map(a -> new ArticleActorView(a.id(), a.name(), a.type(), a.country(), a.role(), a.wikidata(), a.mentions(),
                        a.paragraphs()))
                .toList();
    }

    public ToneView tone() {
        if (weight <= 0) {
            return new ToneView(0, 0, 0, 0, 0);
        }
        return new ToneView(avg(toneMicro), avg(positiveMicro), avg(negativeMicro), avg(polarityMicro),
                (int) Math.min(Integer.MAX_VALUE, words));
    }

    private double avg(long weightedMicro) {
        return Numbers.round(weightedMicro / Numbers.MICRO / weight);
    }

    public ArticleView view(List<ParagraphView> paragraphs) {
        return new ArticleView(articleId, revision, title, source, url, language, Numbers.iso(publishedAt),
                Numbers.iso(ingestedAt), paragraphCount, received, paragraphCount > 0 && received >= paragraphCount,
                tone(), SentimentView.of(weight <= 0 ? 0 : sentimentMicro / Numbers.MICRO / weight),
                rankedActors(), paragraphs);
    }

    public ArticleSummary summary() {
        List<ActorRef> top = actors.values().stream().sorted(RANK).limit(5)
                .map(a -> new ActorRef(a.id(), a.name(), a.mentions())).toList();
        return new ArticleSummary(articleId, title, source, url, Numbers.iso(publishedAt), Numbers.iso(eventTime),
                revision, paragraphCount, received, tone().tone(), top);
    }

    /** Key of this article in the newest-first article index. */
    public String indexKey() {
        return Keys.of(Keys.descendingTime(eventTime), articleId);
    }
}
