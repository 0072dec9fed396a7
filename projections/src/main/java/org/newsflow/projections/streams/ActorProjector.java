package org.newsflow.projections.streams;

import java.time.Duration;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.WindowStore;
import org.newsflow.projections.model.ActorQuote;
import org.newsflow.projections.model.GraphNode;
import org.newsflow.projections.model.Numbers;

/**
 * Folds the per-actor contributions (repartitioned by actorId, a paragraph's for one partition in one record) into the actor, actor-article, quote, network and
 * timeline stores. Every update is a signed sum or a keyed put/delete, so the result does not depend on how
 * contributions from different articles interleave.
 */
public class ActorProjector implements Processor<String, ActorDeltas, Void, Void> {

    public static final Duration HOUR = Duration.ofHours(1);
    public static final Duration DAY = Duration.ofDays(1);

    private KeyValueStore<String, ActorAggregate> actors;
    private KeyValueStore<String, Integer> actorArticles;
    private KeyValueStore<String, ActorQuote> quotes;
    private KeyValueStore<String, EdgeAggregate> network;
    private WindowStore<String, TimelineAggregate> hourly;
    private WindowStore<String, TimelineAggregate> daily;
    private final Duration retention;
    private ExpiredWindows hourlyExpired;
    private ExpiredWindows dailyExpired;

    ActorProjector(Duration retention) {
        this.retention = retention;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        actors = context.getStateStore(StoreNames.ACTORS);
        actorArticles = context.getStateStore(StoreNames.ACTOR_ARTICLES);
        quotes = context.getStateStore(StoreNames.ACTOR_QUOTES);
        network = context.getStateStore(StoreNames.NETWORK);
        hourly = context.getStateStore(StoreNames.TIMELINE_HOURLY);
        daily = context.getStateStore(StoreNames.TIMELINE_DAILY);
        hourlyExpired = new ExpiredWindows(context, StoreNames.TIMELINE_HOURLY, hourly, retention);
        dailyExpired = new ExpiredWindows(context, StoreNames.TIMELINE_DAILY, daily, retention);
    }

    @Override
    public void process(Record<String, ActorDeltas> record) {
        if (record.value() == null) {
            return;
        }
        for (ActorDelta d : record.value().deltas()) {
            if (d != null && d.actorId() != null) {
                apply(d);
            }
        }
    }

    private void apply(ActorDelta d) {
        String actorId = d.actorId();
        for (ActorDelta.QuoteText q : d.quotes()) {
            String key = Keys.of(actorId, Keys.time(d.eventTime()), d.articleId(), Keys.index(d.paragraph()),
                    Keys.index(q.ordinal()));
            if (d.sign() > 0) {
                quotes.put(key, new ActorQuote(q.text(), d.articleId(), d.paragraph(), Numbers.iso(d.eventTime())));
            } else {
                quotes.delete(key);
            }
        }
        if (!d.mentioned()) {
            return;
        }
        putOrDelete(actors, actorId, ActorAggregate.apply(actors.get(actorId), d));
        if (d.articleDelta() != 0) {
            String key = Keys.of(actorId, Keys.time(d.eventTime()), d.articleId());
            putOrDelete(actorArticles, key, d.articleDelta() > 0 ? 1 : null);
        }
        for (GraphNode other : d.coActors()) {
            String key = Keys.of(actorId, other.id());
            putOrDelete(network, key, EdgeAggregate.apply(network.get(key), d, other));
        }
        window(hourly, hourlyExpired, actorId, d, HOUR);
        window(daily, dailyExpired, actorId, d, DAY);
    }

    private static void window(WindowStore<String, TimelineAggregate> store, ExpiredWindows expired, String actorId,
                               ActorDelta d, Duration size) {
        long start = Math.floorDiv(d.eventTime(), size.toMillis()) * size.toMillis();
        if (expired.skip(start)) {
            return;
        }
        TimelineAggregate old = store.fetch(actorId, start);
        if (old == null && d.sign() < 0) {
            return; // the window has expired, or never held this contribution
        }
        store.put(actorId, TimelineAggregate.apply(old, d), start);
    }

    private static <V> void putOrDelete(KeyValueStore<String, V> store, String key, V value) {
        if (value == null) {
            store.delete(key);
        } else {
            store.put(key, value);
        }
    }
}
