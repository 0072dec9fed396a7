package org.newsflow.enrich.engine.identity;

import org.newsflow.enrich.engine.kb.ActorEntry;
import org.newsflow.enrich.engine.kb.Slugs;
import org.newsflow.enrich.engine.kb.Surface;
import org.newsflow.enrich.engine.model.ActorType;
import org.newsflow.enrich.engine.model.MentionKind;
import org.newsflow.enrich.engine.nlp.Token;
import org.newsflow.enrich.engine.resolve.NameData;
import org.newsflow.enrich.engine.resolve.ResolvedMention;

import java.util.List;
import java.util.Set;

/**
 * Names inside the name of an organisation or a place: a person, place, country or organisation the knowledge base
 * knows, or a city or region of the places gazetteer, named inside a longer name of another actor ("Basel" in "the
 * University of Basel", "United States" in "the United States Congress", "George Washington" in "the George
 * Washington Bridge"), becomes a mention of its own, of kind {@link MentionKind#NESTED}. The outer name stays one
 * {@code name} mention of the organisation or place; the inner actor is reported beside it, longest known name
 * first, left to right. In a place's name only a person nests.
 */
final class NestedNames {

    /** Smaller places of the gazetteer share their names with too much else ("Trinity", "Victoria"). */
    private static final Set<String> ARTICLES = Set.of("The", "the", "A", "a", "An", "an");

    private NestedNames() {
    }

    static void link(LinkState s) {
        int outer = s.mentions.size();
        for (int k = 0; k < outer; k++) {
            ResolvedMention m = s.mentions.get(k);
            ActorType outerType = m.actor().type();
            if (m.kind() != MentionKind.NAME || m.endToken() - m.firstToken() < 2
                    || (outerType != ActorType.ORGANIZATION && outerType != ActorType.LOCATION)) {
                continue;
            }
            List<Token> tokens = s.sentences.get(m.sentence()).tokens();
            int from = m.firstToken();
            while (from < m.endToken()) {
                from = readInner(s, m, tokens, from);
            }
        }
    }

    /**
     * Adds the longest inner name starting at {@code from}, if one does; returns where the next one may start.
     */
    private static int readInner(LinkState s, ResolvedMention m, List<Token> tokens, int from) {
        if (!tokens.get(from).isCapitalized()) {
            return from + 1;
        }
        int max = Math.min(m.endToken(), from + s.kb.maxSurfaceTokens(tokens, from));
        for (int to = max; to > from; to--) {
            ActorEntry entry = wholeName(m, tokens, from, to) ? null : inner(s, m, tokens, from, to);
            if (entry != null) {
                s.addNested(m.sentence(), from, to, entry);
                return to;
            }
        }
        return from + 1;
    }

    /** Whether the tokens are the whole outer name but for an article ("Associated Press" in "The Associated Press"). */
    private static boolean wholeName(ResolvedMention m, List<Token> tokens, int from, int to) {
        for (int t = m.firstToken(); t < m.endToken(); t++) {
            if ((t < from || t >= to) && !ARTICLES.contains(tokens.get(t).text())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where an organisation can be nested in another: opening it ("the United Nations Office for ...") or after
     * "of" ("the Faculty of Law of Dhaka University"); elsewhere a known organisation's name is a part of the
     * outer name ("National Committee" in "Republican National Committee").
     */
    private static boolean organisationPlace(ResolvedMention m, List<Token> tokens, int from) {
        int first = ARTICLES.contains(tokens.get(m.firstToken()).text()) ? m.firstToken() + 1 : m.firstToken();
        return from == first || (from > m.firstToken() && tokens.get(from - 1).text().equals("of"));
    }

    /**
     * The actor other than the outer one that these tokens name, or null: one the knowledge base knows (of several,
     * the one the resolver would read for the name alone: the first, a current one before a former one), else a
     * gazetteer place.
     */
    private static ActorEntry inner(LinkState s, ResolvedMention m, List<Token> tokens, int from, int to) {
        ActorEntry found = known(s, m, tokens, from, to);
        if (found == null) {
            found = gazetteerPlace(s, tokens, from, to);
        }
        // in a place's name only a person nests ("the George Washington Bridge"): a place inside it is a part of
        // its name ("York" in "New York City", "Carolina" in "South Carolina", "Kansas" in "Kansas City")
        return found == null || (m.actor().type() == ActorType.LOCATION && found.type() != ActorType.PERSON)
                ? null : found;
    }

    private static ActorEntry known(LinkState s, ResolvedMention m, List<Token> tokens, int from, int to) {
        ActorEntry found = null;
        for (Surface surface : s.kb.lookup(tokens, from, to)) {
            ActorEntry e = surface.entry();
            if (surface.demonym() || e.id().equals(m.actor().id())
                    || (e.type() == ActorType.ORGANIZATION && !organisationPlace(m, tokens, from))) {
                continue;
            }
            if (found == null || (e.current() && !found.current())) {
                found = e;
            }
        }
        return found;
    }

    /**
     * A city of at least {@value NameData#LARGE_PLACE_POPULATION} people, or a region, that the knowledge base does
     * not know.
     */
    private static ActorEntry gazetteerPlace(LinkState s, List<Token> tokens, int from, int to) {
        StringBuilder name = new StringBuilder(tokens.get(from).text());
        for (int t = from + 1; t < to; t++) {
            name.append(' ').append(tokens.get(t).text());
        }
        String text = name.toString();
        if (!NameData.bundled().largePlace(text)) {
            return null;
        }
        String id = Slugs.of(text);
        return s.context.find(id).map(s::fromContext).orElseGet(() -> new ActorEntry(id, text, ActorType.LOCATION,
                null, null, null, List.of(), List.of(), null, null, LinkState.INFERRED));
    }
}
