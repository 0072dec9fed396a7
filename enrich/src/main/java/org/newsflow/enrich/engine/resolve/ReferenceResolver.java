package org.newsflow.enrich.engine.resolve;

import org.newsflow.enrich.engine.model.ActorType;
import org.newsflow.enrich.engine.model.ArticleContext;
import org.newsflow.enrich.engine.model.MentionKind;
import org.newsflow.enrich.engine.kb.ActorEntry;
import org.newsflow.enrich.engine.nlp.Token;
import org.newsflow.enrich.engine.resolve.ResolvedMention.Form;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Personal pronouns and role nouns ("he", "the envoy"), resolved once their sentence is read, since the name
 * they refer to may come after them; earlier paragraphs answer through the article context.
 */
final class ReferenceResolver {

    private ReferenceResolver() {
    }

    static void resolveDeferred(ParagraphState p) {
        for (int[] d : p.deferred) {
            int i = d[0];
            Token t = p.tokens.get(i);
            boolean pronoun = d[1] == ParagraphState.PRONOUN;
            ActorEntry target = pronoun ? antecedent(p, i) : roleNounTarget(p, t.text().toLowerCase(Locale.ROOT), i);
            if (target != null) {
                p.emitSpan(t.start(), t.end(), pronoun ? MentionKind.PRONOUN : MentionKind.NOMINAL,
                        pronoun ? Form.PRONOUN : Form.NOMINAL, target, i, i + 1);
            }
        }
    }

    /** He/his: the first person named earlier in this sentence, else in the last sentence that named one. */
    private static ActorEntry antecedent(ParagraphState p, int i) {
        for (int s = p.sentenceIndex; s >= 0; s--) {
            for (ResolvedMention m : p.mentions) {
                if (m.sentence() == s && m.actor().type() == ActorType.PERSON && m.kind() == MentionKind.NAME
                        && (s < p.sentenceIndex || m.endToken() <= i)) {
                    return m.actor();
                }
            }
        }
        return p.context.lastPerson().map(p::fromContext).orElse(null);
    }

    /** "the envoy": a person named later in the sentence with that role, else the last actor so called. */
    private static ActorEntry roleNounTarget(ParagraphState p, String head, int i) {
        for (ResolvedMention m : p.mentions) {
            if (m.sentence() == p.sentenceIndex && m.firstToken() > i && m.kind() == MentionKind.NAME
                    && m.actor().type() == ActorType.PERSON && hasRole(m.actor(), head)) {
                return m.actor();
            }
        }
        for (int k = p.seen.size() - 1; k >= 0; k--) {
            ActorEntry e = p.seen.get(k);
            if (p.roleNouns.getOrDefault(e.id(), Set.of()).contains(head)) {
                return e;
            }
        }
        Optional<ArticleContext.Remembered> r = p.context.findByNominal(head);
        if (r.isPresent()) {
            return p.fromContext(r.get());
        }
        for (int k = p.seen.size() - 1; k >= 0; k--) {
            if (p.seen.get(k).type() == ActorType.PERSON && hasRole(p.seen.get(k), head)) {
                return p.seen.get(k);
            }
        }
        return null;
    }

    private static boolean hasRole(ActorEntry e, String head) {
        for (String title : e.titles()) {
            if (RoleTitles.head(title).equals(head)) {
                return true;
            }
        }
        return e.role() != null && e.role().toLowerCase(Locale.ROOT).contains(head);
    }
}
