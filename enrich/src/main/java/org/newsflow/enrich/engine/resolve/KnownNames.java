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
import java.util.Optional;

/**
 * Names the knowledge base knows: the longest surface that matches, the current holder when several share it,
 * a demonym or a country that opens a longer unknown name ("Russian Orthodox Church"), a capital standing for
 * its state.
 */
final class KnownNames {

    private final KnowledgeBase kb;
    private final RoleTitles titles;
    private final UnknownNames unknown;
    private final RoleNounPatterns roleNouns;

    KnownNames(KnowledgeBase kb, RoleTitles titles, UnknownNames unknown, RoleNounPatterns roleNouns) {
        this.kb = kb;
        this.titles = titles;
        this.unknown = unknown;
        this.roleNouns = roleNouns;
    }

    /** The token length of the longest known surface starting at {@code i}, as a one-element array, or null. */
    static int[] longestMatch(KnowledgeBase kb, List<Token> tokens, int i) {
        int max = Math.min(kb.maxSurfaceTokens(tokens, i), tokens.size() - i);
        for (int len = max; len >= 1; len--) {
            if (!tokens.get(i + len - 1).isWord() && !tokens.get(i + len - 1).text().equals(".")) {
                continue;
            }
            if (!kb.lookup(tokens, i, i + len).isEmpty()) {
                return new int[] {len};
            }
        }
        return null;
    }

    /**
     * Whether the known name at {@code at} is a one-word place that is the surname of a person whose given name is
     * the word before it, {@code given}: "Harold Washington", "Tyrell Jordan" are one person each, where "Rubio
     * Ukraine's" is two actors. A capitalised word after the place makes it a longer name of its own.
     */
    static boolean placeAsSurname(KnowledgeBase kb, List<Token> tokens, int given, int at) {
        ActorType type = surnameType(kb, tokens, given, at);
        return type == ActorType.LOCATION || type == ActorType.COUNTRY;
    }

    /**
     * Whether the known name at {@code at} is a one-word place or organisation that is the surname of a person
     * whose given name is the word before it and whom the tagger read whole: "Lisa Wagner" is not "Lisa" and the
     * Wagner Group.
     */
    static boolean knownAsSurname(KnowledgeBase kb, List<Token> tokens, int given, int at) {
        ActorType type = surnameType(kb, tokens, given, at);
        return type != null && type != ActorType.PERSON;
    }

    /** The type of the one-word known name at {@code at} after a given name, or null. */
    private static ActorType surnameType(KnowledgeBase kb, List<Token> tokens, int given, int at) {
        if (at != given + 1 || at + 1 > tokens.size()
                || (at + 1 < tokens.size() && tokens.get(at + 1).isCapitalized() && tokens.get(at + 1).isWord())
                || NameData.bundled().givenName(tokens.get(given).text()) == 0) {
            return null;
        }
        List<Surface> known = kb.lookup(tokens, at, at + 1);
        return known.isEmpty() ? null : known.get(0).entry().type();
    }

    /** Emits the known name at tokens {@code [i, i + len)}; returns the index of the next token to read. */
    int read(ParagraphState p, int i, int len, List<Surface> surfaces) {
        List<Token> tokens = p.tokens;
        Surface surface = surfaces.get(0);
        for (Surface s : surfaces) {
            if (s.entry().current() && !surface.entry().current()) {
                surface = s;
            }
        }
        ActorEntry entry = surface.entry();
        Form form = surface.demonym() ? Form.DEMONYM : Form.NAME;
        int end = i + len;
        // "Ohio River", "Moscow State University", "Mississippi Valley": a place that opens a longer name
        boolean place = entry.type() == ActorType.COUNTRY || entry.type() == ActorType.LOCATION;
        boolean countryBody = place && end < tokens.size()
                && (WordLists.ORGANIZATION_WORDS.contains(tokens.get(end).text())
                || (entry.type() == ActorType.LOCATION && WordLists.LOCATION_WORDS.contains(tokens.get(end).text())));
        if ((surface.demonym() || countryBody) && end < tokens.size() && tokens.get(end).isWord()
                && tokens.get(end).isCapitalized()
                && !WordLists.NEVER_NAMES.contains(tokens.get(end).text()) && longestMatch(kb, tokens, end) == null
                && titles.match(tokens, end, kb) == 0
                && (p.tagged == null || (p.taggedAt(i) != null && p.taggedAt(i).to() > end))) {
            return unknown.read(p, i, null, null, null, true);
        }
        int namedAfter = entry.type() == ActorType.PERSON ? namedAfterEnd(tokens, end) : end;
        if (namedAfter > end) {
            return namedAfter(p, i, namedAfter);
        }
        int head = entry.type() == ActorType.ORGANIZATION && form == Form.NAME ? descriptiveHead(tokens, i, end) : -1;
        if (head > i) {
            // "the Russian government", "the Trump administration": no proper name but a description of the
            // government; the name or nationality word in it is read on its own, the rest refers to the body
            List<Surface> inner = kb.lookup(tokens, i, head);
            if (!inner.isEmpty()) {
                read(p, i, head - i, inner);
            } else if (head - i == 1) {
                ActorEntry person = unknown.bySurname(p, tokens.get(i).text()); // "the Trump administration"
                if (person != null) {
                    p.emit(i, head, MentionKind.NAME, Form.NAME, person);
                }
            }
            p.emit(head, end, MentionKind.NOMINAL, Form.NOMINAL, entry);
            return end;
        }
        if (entry.type() == ActorType.LOCATION && "capital".equals(entry.role()) && agentive(p, i, end)) {
            Optional<ActorEntry> state = kb.country(entry.country());
            if (state.isPresent()) {
                entry = state.get();
                form = Form.METONYM;
            }
        }
        if (entry.type() == ActorType.ORGANIZATION && form == Form.NAME && seatOfGovernment(p, i, end)) {
            entry = p.named(i, end, ActorType.LOCATION); // the building
        }
        int start = entry.type() == ActorType.PERSON && form == Form.NAME ? NameParts.start(kb, p, i) : i;
        p.emit(start, end, form == Form.DEMONYM ? MentionKind.DEMONYM : MentionKind.NAME, form, entry);
        roleNouns.around(p, start, end, entry);
        return end;
    }

    /**
     * Where the lower-case words of a known phrase begin when they end it ("government" in "Russian government",
     * "foreign ministry" in "Russian foreign ministry"), else -1: such a phrase describes a body, it does not name it.
     */
    static int descriptiveHead(List<Token> tokens, int i, int end) {
        if (end - i < 2 || !Character.isLowerCase(tokens.get(end - 1).text().charAt(0))) {
            return -1;
        }
        int head = end - 1;
        while (head > i + 1 && Character.isLowerCase(tokens.get(head - 1).text().charAt(0))) {
            head--;
        }
        return head;
    }

    /**
     * "the George Washington Bridge", "the Clinton Foundation": a known person opening the name of a place or a
     * body named after them is that place or body (an organisation when its head word is one), not the person.
     */
    private static int namedAfter(ParagraphState p, int i, int j) {
        ActorType type = WordLists.ORGANIZATION_WORDS.contains(p.tokens.get(j - 1).text())
                ? ActorType.ORGANIZATION : ActorType.LOCATION;
        ActorEntry entry = p.named(i, j, type);
        p.emit(i, j, MentionKind.NAME, Form.NAME, entry);
        return j;
    }

    /** Where the head words of a place or body named after a person end ({@code from} when there are none). */
    private static int namedAfterEnd(List<Token> tokens, int from) {
        int end = from;
        for (int j = from; j < tokens.size(); j++) {
            String w = tokens.get(j).text();
            if (WordLists.NAMED_AFTER_HEADS.contains(w)) {
                end = j + 1;
            } else if (!WordLists.NAMED_AFTER_MODIFIERS.contains(w)) {
                break;
            }
        }
        return end;
    }

    /**
     * "protesters outside the White House", "a dinner at the Kremlin": the building where a government sits, named
     * as the place where something happens, is the place, not the government it stands for elsewhere.
     */
    private static boolean seatOfGovernment(ParagraphState p, int i, int end) {
        List<Token> tokens = p.tokens;
        int before = i - 1;
        if (before >= 0 && WordLists.DETERMINERS.contains(tokens.get(before).text().toLowerCase(Locale.ROOT))) {
            before--;
        }
        return before >= 0 && WordLists.AT_A_PLACE.contains(tokens.get(before).text().toLowerCase(Locale.ROOT))
                && WordLists.SEATS_OF_GOVERNMENT.contains(p.text(i, end));
    }

    /** A capital is its state when it speaks or acts for it: "Moscow's objectives", "Moscow publicly espouses". */
    private static boolean agentive(ParagraphState p, int from, int to) {
        List<Token> tokens = p.tokens;
        if (from > 0 && WordLists.LOCATIVE_WORDS.contains(tokens.get(from - 1).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        return CapitalAgency.standsForState(p.sentence, from, to);
    }
}
