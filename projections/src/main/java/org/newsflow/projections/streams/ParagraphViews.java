package org.newsflow.projections.streams;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsflow.events.Actor;
import org.newsflow.events.Mention;
import org.newsflow.events.MentionKind;
import org.newsflow.events.ParagraphEnriched;
import org.newsflow.events.Quote;
import org.newsflow.events.Sentiment;
import org.newsflow.events.Tone;
import org.newsflow.projections.model.MentionView;
import org.newsflow.projections.model.ParagraphActorView;
import org.newsflow.projections.model.ParagraphView;
import org.newsflow.projections.model.QuoteView;
import org.newsflow.projections.model.SentimentView;
import org.newsflow.projections.model.ToneView;

/**
 * Turns an enriched paragraph event into its view; an actor listed twice is merged into one entry. Mentions of kind
 * {@code nested} ("New York" in "The New York Times") are left out of the views, and so is an actor named only
 * inside another actor's name: citing the newspaper does not put the paragraph on the city's timeline.
 */
public final class ParagraphViews {

    private ParagraphViews() {
    }

    public static ParagraphView from(ParagraphEnriched p) {
        Map<String, ParagraphActorView> actors = new LinkedHashMap<>();
        for (Actor a : p.getActors()) {
            List<MentionView> mentions = new ArrayList<>();
            for (Mention m : a.getMentions()) {
                if (m.getKind() != MentionKind.nested) {
                    mentions.add(new MentionView(m.getStart(), m.getEnd(), m.getText(), m.getKind().name()));
                }
            }
            if (mentions.isEmpty() && !a.getMentions().isEmpty()) {
                continue;
            }
            ParagraphActorView view = new ParagraphActorView(a.getActorId(), a.getName(), a.getType().name(),
                    a.getCountry(), a.getRole(), a.getWikidata(), sentiment(a.getSentiment()), mentions);
            actors.merge(a.getActorId(), view, (old, add) -> {
                List<MentionView> all = new ArrayList<>(old.mentions());
                all.addAll(add.mentions());
                return new ParagraphActorView(old.id(), old.name(), old.type(), old.country(), old.role(), old.wikidata(),
                        old.sentiment() != null ? old.sentiment() : add.sentiment(), all);
            });
        }
        List<QuoteView> quotes = new ArrayList<>();
        for (Quote q : p.getQuotes()) {
            quotes.add(new QuoteView(q.getStart(), q.getEnd(), q.getText(), q.getSpeaker()));
        }
        return new ParagraphView(p.getIndex(), p.getText(), tone(p.getTone()), sentiment(p.getSentiment()),
                List.copyOf(actors.values()), quotes);
    }

    static ToneView tone(Tone t) {
        return new ToneView(t.getTone(), t.getPositive(), t.getNegative(), t.getPolarity(), t.getWordCount());
    }

    static SentimentView sentiment(Sentiment s) {
        return s == null ? null : new SentimentView(s.getScore(), s.getLabel().name());
    }
}
