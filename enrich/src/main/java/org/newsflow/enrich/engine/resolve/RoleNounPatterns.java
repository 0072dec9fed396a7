package org.newsflow.enrich.engine.resolve;

import org.newsflow.enrich.engine.model.ActorType;
import org.newsflow.enrich.engine.model.MentionKind;
import org.newsflow.enrich.engine.kb.ActorEntry;
import org.newsflow.enrich.engine.kb.KnowledgeBase;
import org.newsflow.enrich.engine.nlp.Token;
import org.newsflow.enrich.engine.resolve.ResolvedMention.Form;

import java.util.List;
import java.util.Locale;

/**
 * Role nouns that the words around a name tie to it, so that "the envoy" or "the administration" can find the
 * actor later: an apposition before it, a government or a group of officials after it.
 */
final class RoleNounPatterns {

    private final KnowledgeBase kb;

    RoleNounPatterns(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** Links what surrounds the name at tokens {@code [i, end)} just emitted for {@code entry}. */
    void around(ParagraphState p, int i, int end, ActorEntry entry) {
        appositionBefore(p, i, entry);
        administrationAfter(p, end, entry);
        groupAfter(p, end, entry);
    }

    /** "Trump's administration" / "Putin's government" is that person's government. */
    private void administrationAfter(ParagraphState p, int end, ActorEntry person) {
        if (person.type() != ActorType.PERSON || person.cameo() == null || !person.cameo().endsWith("GOV")) {
            return;
        }
        List<Token> tokens = p.tokens;
        int k = end;
        if (k < tokens.size() && tokens.get(k).isPossessiveMarker()) {
            k++;
        }
        if (k < tokens.size()) {
            String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
            if (w.equals("administration") || w.equals("government")) {
                int at = k;
                kb.government(person.country()).ifPresent(gov -> p.emitSpan(tokens.get(at).start(),
                        tokens.get(at).end(), MentionKind.NOMINAL, Form.NOMINAL, gov, at, at + 1));
            }
        }
    }

    /** "NATO officials", "a senior NATO official": the organisation speaks through them. */
    private void groupAfter(ParagraphState p, int end, ActorEntry entry) {
        if (entry.type() == ActorType.PERSON) {
            return;
        }
        List<Token> tokens = p.tokens;
        for (int k = end; k < Math.min(tokens.size(), end + 3); k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || t.isCapitalized()) {
                return;
            }
            String w = t.text().toLowerCase(Locale.ROOT);
            if (WordLists.NOMINAL_HEADS.contains(w)) {
                p.link(entry, w);
                return;
            }
            if (WordLists.GROUP_HEADS.contains(w)) {
                p.link(entry, w.substring(0, w.length() - 1));
                return;
            }
        }
    }

    /** "Trump's envoy, Steve Witkoff": the role noun before the comma names the person after it. */
    private void appositionBefore(ParagraphState p, int i, ActorEntry entry) {
        List<Token> tokens = p.tokens;
        if (i < 2 || entry.type() != ActorType.PERSON || !tokens.get(i - 1).text().equals(",")) {
            return;
        }
        Token head = tokens.get(i - 2);
        String w = head.text().toLowerCase(Locale.ROOT);
        if (WordLists.NOMINAL_HEADS.contains(w)) {
            p.link(entry, w);
            p.emitSpan(head.start(), head.end(), MentionKind.NOMINAL, Form.NOMINAL, entry, i - 2, i - 1);
        }
    }
}
