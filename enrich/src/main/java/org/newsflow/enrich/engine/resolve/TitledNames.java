package org.newsflow.enrich.engine.resolve;

import org.newsflow.enrich.engine.model.ActorType;
import org.newsflow.enrich.engine.model.MentionKind;
import org.newsflow.enrich.engine.kb.ActorEntry;
import org.newsflow.enrich.engine.kb.KnowledgeBase;
import org.newsflow.enrich.engine.kb.Surface;
import org.newsflow.enrich.engine.nlp.Token;
import org.newsflow.enrich.engine.resolve.ResolvedMention.Form;

import java.util.List;
import java.util.Locale;

/**
 * Titles and the names they introduce: "Russian President Vladimir Putin", "Prime Minister Lord Grenville",
 * "General de Meza", and a title alone ("Ukraine's Foreign Minister") when the country or organisation before it
 * says who holds it.
 */
final class TitledNames {

    private final KnowledgeBase kb;
    private final RoleTitles titles;
    private final KnownNames known;
    private final UnknownNames unknown;

    TitledNames(KnowledgeBase kb, RoleTitles titles, KnownNames known, UnknownNames unknown) {
        this.kb = kb;
        this.titles = titles;
        this.known = known;
        this.unknown = unknown;
    }

    /** The country or organisation a title belongs to: "Russian President", "Ukraine's Foreign Minister". */
    static ActorEntry modifierBefore(ParagraphState p, int i) {
        ResolvedMention last = p.last;
        if (last == null || last.sentence() != p.sentenceIndex) {
            return null;
        }
        boolean adjacent = last.endToken() == i
                || (last.endToken() == i - 1 && p.tokens.get(i - 1).isPossessiveMarker());
        if (!adjacent) {
            return null;
        }
        ActorType type = last.actor().type();
        return type == ActorType.COUNTRY || type == ActorType.ORGANIZATION ? last.actor() : null;
    }

    /** Reads the title of {@code length} tokens at {@code i}; returns the index of the next token to read. */
    int read(ParagraphState p, int i, int length) {
        List<Token> tokens = p.tokens;
        ActorEntry modifier = modifierBefore(p, i);
        int j = i + length;
        String head = RoleTitles.head(p.text(i, j));
        // an honorific is followed by the surname, whatever word it is ("Dr. King", "Mrs May"), unless it addresses
        // an office ("Mr. President", "Madam Speaker")
        boolean honorific = length == 1 && WordLists.HONORIFICS.contains(tokens.get(i).text())
                && !(j < tokens.size() && WordLists.OFFICES_ADDRESSED.contains(tokens.get(j).text()));
        // stacked titles: "Prime Minister Lord Grenville", "Emperor and King Franz Joseph"
        while (j < tokens.size() && !honorific) {
            int k = tokens.get(j).text().equals("and") ? j + 1 : j;
            int more = k < tokens.size() && tokens.get(k).isCapitalized() ? titles.match(tokens, k, kb) : 0;
            if (more == 0) {
                break;
            }
            j = k + more;
        }
        String title = p.text(i, j);
        // "General de Meza": a name may open with a particle
        int nameStart = j;
        if (j + 1 < tokens.size() && WordLists.NAME_PARTICLES.contains(tokens.get(j).text())
                && tokens.get(j + 1).isCapitalized() && tokens.get(j + 1).isWord()) {
            j++;
        }
        if (j < tokens.size() && tokens.get(j).isCapitalized() && tokens.get(j).isWord()
                && (honorific ? !WordLists.HONORIFICS.contains(tokens.get(j).text())
                : !WordLists.NEVER_NAMES.contains(tokens.get(j).text()))) {
            if (nameStart < j) {
                String role = modifier == null ? title : p.text(p.last.firstToken(), nameStart);
                return unknown.read(p, nameStart, role, modifier == null ? null : modifier.country(), head);
            }
            int[] match = KnownNames.longestMatch(kb, tokens, j);
            if (match != null) {
                List<Surface> surfaces = kb.lookup(tokens, j, j + match[0]);
                if (surfaces.get(0).entry().type() == ActorType.PERSON) {
                    p.link(surfaces.get(0).entry(), head);
                    return known.read(p, j, match[0], surfaces);
                }
                if (!honorific) {
                    return j;
                }
                // "Mr. Jordan", "Ms. Georgia": after an honorific a country's or a place's name is a surname
            }
            String role = modifier == null ? title : p.text(p.last.firstToken(), j);
            return unknown.read(p, j, role, modifier == null ? null : modifier.country(), head);
        }
        // a title alone: the holder, when the country or organisation says which one
        String key = title.toLowerCase(Locale.ROOT);
        if (modifier != null) {
            ActorEntry holder = holder(key, modifier);
            if (holder != null) {
                p.emit(i, j, MentionKind.NOMINAL, Form.NOMINAL, holder);
                return j;
            }
        }
        if (p.definiteBefore(i) && WordLists.NOMINAL_HEADS.contains(head)) {
            p.defer(j - 1, ParagraphState.ROLE_NOUN);
        }
        return j;
    }

    private ActorEntry holder(String titleKey, ActorEntry modifier) {
        ActorEntry found = null;
        for (ActorEntry e : kb.byTitle(titleKey)) {
            boolean fits = modifier.type() == ActorType.COUNTRY
                    ? modifier.country() != null && modifier.country().equals(e.country())
                    : modifier.cameo() != null && modifier.cameo().equals(e.cameo());
            if (fits) {
                if (found != null) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }
}
