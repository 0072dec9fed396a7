package org.newsflow.enrich.engine.identity;

import org.newsflow.enrich.engine.model.ActorType;
import org.newsflow.enrich.engine.model.MentionKind;
import org.newsflow.enrich.engine.kb.ActorEntry;
import org.newsflow.enrich.engine.kb.Slugs;
import org.newsflow.enrich.engine.kb.Surface;
import org.newsflow.enrich.engine.nlp.Token;
import org.newsflow.enrich.engine.resolve.ResolvedMention;

import java.util.List;

/**
 * A middle initial splits a name where the tokenizer cuts off its full stop: "Charles J. Fillmore" reaches this
 * pass as "Charles J" and "Fillmore". The two mentions are one person, named by the whole span, so that a later
 * "Fillmore" finds him.
 */
final class InitialsJoiner {

    private InitialsJoiner() {
    }

    static void link(LinkState s) {
        s.mentions.sort((a, b) -> a.sentence() != b.sentence() ? Integer.compare(a.sentence(), b.sentence())
                : Integer.compare(a.firstToken(), b.firstToken()));
        for (int k = 0; k + 1 < s.mentions.size(); k++) {
            ResolvedMention a = s.mentions.get(k);
            ResolvedMention b = s.mentions.get(k + 1);
            List<Token> tokens = s.sentences.get(a.sentence()).tokens();
            if (a.kind() != MentionKind.NAME || b.kind() != MentionKind.NAME || a.sentence() != b.sentence()
                    || a.actor().type() != ActorType.PERSON || !s.unknown(a.actor())
                    || b.firstToken() != a.endToken() + 1 || !tokens.get(a.endToken()).text().equals(".")
                    || !initial(tokens.get(a.endToken() - 1))) {
                continue;
            }
            ActorEntry whole = person(s, tokens, a, b);
            String oldA = a.actor().id();
            String oldB = b.actor().id();
            s.mentions.set(k, new ResolvedMention(a.start(), b.end(), MentionKind.NAME, a.form(), whole,
                    a.sentence(), a.firstToken(), b.endToken()));
            s.mentions.remove(k + 1);
            s.remap(oldA, whole);
            if (s.unknown(b.actor())) {
                s.remap(oldB, whole);
            }
            k--; // "George H. W. Bush": the joined name may end in another initial
        }
    }

    private static boolean initial(Token t) {
        return t.text().length() == 1 && Character.isUpperCase(t.text().charAt(0));
    }

    private static ActorEntry person(LinkState s, List<Token> tokens, ResolvedMention a, ResolvedMention b) {
        List<Surface> known = s.kb.lookup(tokens, a.firstToken(), b.endToken());
        if (!known.isEmpty() && known.get(0).entry().type() == ActorType.PERSON) {
            return known.get(0).entry();
        }
        StringBuilder name = new StringBuilder();
        for (int k = a.firstToken(); k < b.endToken(); k++) {
            if (k > a.firstToken() && tokens.get(k).start() > tokens.get(k - 1).end()) {
                name.append(' ');
            }
            name.append(tokens.get(k).text());
        }
        String n = name.toString();
        String id = Slugs.of(n);
        return s.context.find(id).map(s::fromContext).orElseGet(() -> new ActorEntry(id, n, ActorType.PERSON,
                a.actor().country(), a.actor().role(), null, List.of(), List.of(), null, null, LinkState.INFERRED));
    }
}
