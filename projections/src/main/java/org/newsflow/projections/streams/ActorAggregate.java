package org.newsflow.projections.streams;

import org.newsflow.projections.model.ActorSummary;
import org.newsflow.projections.model.Numbers;

/**
 * An actor's running totals. The identity (name, type, country, role, wikidata) is taken from the contribution with the
 * greatest (event time, article id), so it does not depend on the order contributions arrive in.
 */
public record ActorAggregate(String actorId, String name, String type, String country, String role, String wikidata,
                             long identityTime, String identityArticle, long mentions, long paragraphs,
                             long articles, long toneMicro, long sentimentMicro) {

    /** The aggregate after {@code d}, or null when nothing remains. */
    public static ActorAggregate apply(ActorAggregate old, ActorDelta d) {
        long mentions = (old == null ? 0 : old.mentions) + (long) d.sign() * d.mentions();
        long paragraphs = (old == null ? 0 : old.paragraphs) + d.sign();
        long articles = (old == null ? 0 : old.articles) + d.articleDelta();
        long tone = (old == null ? 0 : old.toneMicro) + d.sign() * d.toneMicro();
        long sentiment = (old == null ? 0 : old.sentimentMicro) + d.sign() * d.sentimentMicro();
        if (paragraphs <= 0) {
            return null;
        }
        boolean newer = old == null || (d.sign() > 0 && (d.eventTime() > old.identityTime
                || (d.eventTime() == old.identityTime && d.articleId().compareTo(old.identityArticle) >= 0)));
        if (newer) {
            return new ActorAggregate(d.actorId(), d.name(), d.type(), d.country(), d.role(), d.wikidata(), d.eventTime(),
                    d.articleId(), mentions, paragraphs, articles, tone, sentiment);
        }
        return new ActorAggregate(old.actorId, old.name, old.type, old.country, old.role, old.wikidata, old.identityTime,
                old.identityArticle, mentions, paragraphs, articles, tone, sentiment);
    }

    public double avgTone() {
        return Numbers.mean(toneMicro, paragraphs);
    }

    public double avgSentiment() {
        return Numbers.mean(sentimentMicro, paragraphs);
    }

    public ActorSummary summary() {
        return new ActorSummary(actorId, name, type, country, role, wikidata, mentions, paragraphs, articles, avgTone(),
                avgSentiment());
    }
}
