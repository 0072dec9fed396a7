package org.newsflow.enrich.engine.identity;

import org.newsflow.enrich.engine.kb.ActorEntry;
import org.newsflow.enrich.engine.kb.Slugs;
import org.newsflow.enrich.engine.model.ActorType;
import org.newsflow.enrich.engine.model.MentionKind;
import org.newsflow.enrich.engine.nlp.Token;
import org.newsflow.enrich.engine.resolve.ResolvedMention;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A U.S. city named in an article is canonicalised the way its Wikipedia article is titled, "City, State"
 * ("Fort Lee" → "Fort Lee, New Jersey", "Berkeley" → "Berkeley, California"), so that it joins with other data
 * and two towns of one name in different states stay two actors. The biggest cities, whose articles carry no
 * state (the AP Stylebook's dateline cities), keep their name. Applies to places the knowledge base does not
 * know whose largest namesake in the bundled gazetteer (GeoNames) is in the U.S.; "Cambridge" stays Cambridge
 * because the English city is larger. "New York" alone is New York City unless the words around it name the state.
 */
final class UsPlaceTitles {

    private static final String NEW_YORK = "New York";
    private static final String NEW_YORK_CITY = "New York City";
    private static final String GAZETTEER = "/org/newsflow/enrich/kb/places-gazetteer.tsv";
    /** Cities (and the boroughs of New York City) whose English Wikipedia article is titled without the state. */
    private static final Set<String> STANDALONE = Set.of("Atlanta", "Baltimore", "Boston", "Chicago", "Cincinnati",
            "Cleveland", "Dallas", "Denver", "Detroit", "Honolulu", "Houston", "Indianapolis", "Las Vegas",
            "Los Angeles", "Miami", "Milwaukee", "Minneapolis", "New Orleans", "New York City", "Oklahoma City",
            "Philadelphia", "Pittsburgh", "St. Louis", "Salt Lake City", "San Antonio", "San Diego",
            "San Francisco", "Seattle", "Brooklyn", "Manhattan", "Queens", "Bronx", "Staten Island");

    private final Map<String, String> stateOf;
    private final Set<String> states;

    private UsPlaceTitles(Map<String, String> stateOf) {
        this.stateOf = stateOf;
        this.states = Set.copyOf(stateOf.values());
    }

    private static final class Holder {
        static final UsPlaceTitles BUNDLED = new UsPlaceTitles(read());
    }

    static UsPlaceTitles bundled() {
        return Holder.BUNDLED;
    }

    /** For tests: titles from a name → state map. */
    static UsPlaceTitles of(Map<String, String> stateOf) {
        return new UsPlaceTitles(Map.copyOf(stateOf));
    }

    /** The Wikipedia-style title of a U.S. city of this name, or null. */
    String title(String name) {
        String state = stateOf.get(name);
        return state == null || STANDALONE.contains(name) ? null : name + ", " + state;
    }

    void link(LinkState s) {
        for (int k = 0; k < s.mentions.size(); k++) {
            ResolvedMention m = s.mentions.get(k);
            ActorEntry e = m.actor();
            if ((m.kind() != MentionKind.NAME && m.kind() != MentionKind.NESTED) || e.type() != ActorType.LOCATION
                    || !s.unknown(e)) {
                continue;
            }
            String state = stateAfter(s, m);
            String title;
            if (state != null) {
                title = STANDALONE.contains(e.name()) ? null : e.name() + ", " + state;
            } else if (e.name().equals(NEW_YORK)) {
                title = newYorkState(s, m) ? null : NEW_YORK_CITY;
            } else {
                title = title(e.name());
            }
            if (title == null && state == null) {
                ActorEntry qualified = qualifiedEarlier(s, m);
                if (qualified != null) {
                    s.replace(k, qualified, m.form());
                }
                continue;
            }
            if (title != null) {
                s.remap(e.id(), new ActorEntry(Slugs.of(title), title, ActorType.LOCATION, "USA", e.role(), e.cameo(),
                        e.aliases(), e.titles(), e.roleFrom(), e.roleTo(), LinkState.INFERRED, e.wikidata()));
            }
        }
    }

    /**
     * The U.S. state the text names right after a place and a comma, "Eureka Springs, Arkansas", or null: the
     * writer's own qualifier, which titles the place even where the gazetteer does not list it or its largest
     * namesake is abroad ("Cambridge, Massachusetts").
     */
    private String stateAfter(LinkState s, ResolvedMention m) {
        List<Token> tokens = s.sentences.get(m.sentence()).tokens();
        int comma = m.endToken();
        if (comma + 1 >= tokens.size() || !tokens.get(comma).text().equals(",") || m.actor().name().indexOf(',') >= 0) {
            return null;
        }
        int next = s.covering(m.sentence(), comma + 1);
        if (next < 0) {
            return null;
        }
        ResolvedMention after = s.mentions.get(next);
        if (after.firstToken() != comma + 1) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (int t = after.firstToken(); t < after.endToken(); t++) {
            text.append(t > after.firstToken() ? " " : "").append(tokens.get(t).text());
        }
        return states.contains(text.toString()) ? text.toString() : null;
    }

    /** A place the article titled earlier with its state ("Eureka Springs, Arkansas") that this name shortens. */
    private static ActorEntry qualifiedEarlier(LinkState s, ResolvedMention m) {
        String prefix = m.actor().name() + ", ";
        for (ActorEntry e : s.before(m.sentence(), m.firstToken())) {
            if (e.type() == ActorType.LOCATION && e.name().startsWith(prefix)) {
                return e;
            }
        }
        return null;
    }

    /**
     * "New York" alone is the city, as in most news ("talks in New York"), unless the words around it make it the
     * state: "upstate New York", "the state of New York", "New York State", "Albany, New York".
     */
    private static boolean newYorkState(LinkState s, ResolvedMention m) {
        List<Token> tokens = s.sentences.get(m.sentence()).tokens();
        int before = m.firstToken() - 1;
        String previous = before >= 0 ? tokens.get(before).text().toLowerCase(Locale.ROOT) : "";
        String next = m.endToken() < tokens.size() ? tokens.get(m.endToken()).text().toLowerCase(Locale.ROOT) : "";
        return previous.equals("upstate") || previous.equals(",") || next.equals("state")
                || (previous.equals("of") && before >= 1 && tokens.get(before - 1).text().equalsIgnoreCase("state"));
    }

    /** U.S. cities of the gazetteer (rows with a fifth column, the state) that are the largest of their name. */
    private static Map<String, String> read() {
        Map<String, String> states = new HashMap<>(8_000);
        try (InputStream in = UsPlaceTitles.class.getResourceAsStream(GAZETTEER)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled data file " + GAZETTEER);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String l = reader.readLine(); l != null; l = reader.readLine()) {
                if (l.startsWith("#")) {
                    continue;
                }
                String[] c = l.split("\t");
                if (c.length == 5 && c[2].equals("US")) {
                    states.put(c[0], c[4]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return states;
    }
}
