package org.newsflow.enrich.engine.identity;

import org.newsflow.enrich.engine.kb.ActorEntry;
import org.newsflow.enrich.engine.model.ActorType;
import org.newsflow.enrich.engine.model.MentionKind;
import org.newsflow.enrich.engine.nlp.Token;
import org.newsflow.enrich.engine.resolve.ResolvedMention;
import org.newsflow.enrich.engine.resolve.ResolvedMention.Form;
import org.newsflow.enrich.engine.resolve.WordLists;

import java.util.List;

/**
 * A one-word place name that is the surname of a person the article has named by full name is that person
 * ("George Washington ... Washington wrote to Congress", "Lloyd Austin ... Austin said"), unless it stands where
 * only a place can: after "in", "to", "from" and the like, after a capitalised word and "of" ("the King of
 * Jordan"), or before a comma and another place ("Austin, Texas").
 */
final class PlaceSurnames {

    private PlaceSurnames() {
    }

    static void link(LinkState s) {
        for (int k = 0; k < s.mentions.size(); k++) {
            ResolvedMention m = s.mentions.get(k);
            if (m.kind() != MentionKind.NAME || m.endToken() - m.firstToken() != 1 || !place(m.actor())) {
                continue;
            }
            List<Token> tokens = s.sentences.get(m.sentence()).tokens();
            String word = tokens.get(m.firstToken()).text();
            if (!Character.isUpperCase(word.charAt(0)) || placeOnly(s, m, tokens)) {
                continue;
            }
            ActorEntry person = personWithSurname(s, m, word);
            if (person != null) {
                s.replace(k, person, Form.NAME);
            }
        }
    }

    /**
     * The person named in full before the mention, in this paragraph (the latest) or in earlier ones, whose surname
     * is {@code word}; scans without building lists, as most place mentions have no such person.
     */
    private static ActorEntry personWithSurname(LinkState s, ResolvedMention m, String word) {
        String suffix = " " + word;
        ResolvedMention latest = null;
        for (ResolvedMention p : s.mentions) {
            boolean before = p.sentence() < m.sentence()
                    || (p.sentence() == m.sentence() && p.endToken() <= m.firstToken());
            if (before && p.actor().type() == ActorType.PERSON && p.actor().name().endsWith(suffix)
                    && (latest == null || p.sentence() > latest.sentence()
                    || (p.sentence() == latest.sentence() && p.firstToken() > latest.firstToken()))) {
                latest = p;
            }
        }
        if (latest != null) {
            return latest.actor();
        }
        return s.context.findBySurname(word).filter(r -> r.name().endsWith(suffix)).map(s::fromContext)
                .orElse(null);
    }

    private static boolean placeOnly(LinkState s, ResolvedMention m, List<Token> tokens) {
        int before = m.firstToken() - 1;
        if (WordLists.placeAfter(tokens, m.firstToken())) {
            return true;
        }
        // "the King of Jordan", "the University of Houston"; but "a portrait of Washington" is the person
        if (before >= 1 && tokens.get(before).text().equals("of") && tokens.get(before - 1).isCapitalized()) {
            return true;
        }
        int after = m.endToken();
        if (after + 1 < tokens.size() && tokens.get(after).text().equals(",")) {
            int next = s.covering(m.sentence(), after + 1);
            return next >= 0 && place(s.mentions.get(next).actor());
        }
        return false;
    }

    private static boolean place(ActorEntry e) {
        return e.type() == ActorType.LOCATION || e.type() == ActorType.COUNTRY;
    }
}
