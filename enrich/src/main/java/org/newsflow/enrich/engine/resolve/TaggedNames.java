package org.newsflow.enrich.engine.resolve;

import org.newsflow.enrich.engine.model.ActorType;
import org.newsflow.enrich.engine.model.MentionKind;
import org.newsflow.enrich.engine.kb.ActorEntry;
import org.newsflow.enrich.engine.kb.KnowledgeBase;
import org.newsflow.enrich.engine.kb.Slugs;
import org.newsflow.enrich.engine.kb.Surface;
import org.newsflow.enrich.engine.ner.NameType;
import org.newsflow.enrich.engine.ner.TaggedName;
import org.newsflow.enrich.engine.nlp.Token;
import org.newsflow.enrich.engine.nlp.Tokenizer;
import org.newsflow.enrich.engine.resolve.ResolvedMention.Form;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Unknown names as the name tagger reads them: the tagger's span and type, combined with the knowledge base and
 * the rules where that measured better on held-out data — known names bound the span, head words type it, lone
 * peoples and group adjectives are no actors, surnames the article knows are its people.
 */
final class TaggedNames {

    private final KnowledgeBase kb;
    private final RoleTitles titles;
    private final NameFilters filters;
    private final RoleNounPatterns roleNouns;
    private final UnknownNames unknown;
    private final MissedPeople missed;

    TaggedNames(KnowledgeBase kb, RoleTitles titles, NameFilters filters, RoleNounPatterns roleNouns,
                UnknownNames unknown) {
        this.kb = kb;
        this.titles = titles;
        this.filters = filters;
        this.roleNouns = roleNouns;
        this.unknown = unknown;
        this.missed = new MissedPeople(filters);
    }

    /**
     * A capitalised word where the tagger reads: the tagger's name starting there, with its span and type, or
     * nothing when the tagger sees no name unless the word is the surname of someone the article already named.
     */
    int read(ParagraphState p, int i) {
        List<Token> tokens = p.tokens;
        TaggedName tagged = p.taggedAt(i);
        if (NameFilters.dateAbbreviation(tokens, i)) {
            return i + 1;
        }
        if (tagged == null) {
            if (unknown.splitHyphenated(p, i)) {
                return i + 1;
            }
            String word = tokens.get(i).text();
            // a sentence opens with a capital anyway, so there only a word that is no common word can be a surname
            if (!WordLists.ROMAN.contains(word) && (!p.startsSentence(i) || !filters.commonWord(word))) {
                ActorEntry entry = unknown.bySurname(p, word);
                if (entry != null && (i + 1 >= tokens.size() || !tokens.get(i + 1).isCapitalized())) {
                    // a known person's surname alone, with the particles or initials before it ("von der Leyen")
                    int start = entry.type() == ActorType.PERSON ? NameParts.start(kb, p, i) : i;
                    p.emit(start, i + 1, MentionKind.NAME, Form.NAME, entry);
                    roleNouns.around(p, start, i + 1, entry);
                    return i + 1;
                }
                if (missed.isPerson(p, i)) {
                    int start = NameParts.start(kb, p, i);
                    p.emit(start, i + 1, MentionKind.NAME, Form.NAME, p.named(start, i + 1, ActorType.PERSON));
                    return i + 1;
                }
                if (!filters.commonWord(word) && !NameFilters.notAName(word) && companyCue(tokens, i, i + 1)) {
                    // "Spotify shares fell": a word the tagger passed over, whose shares trade, is a company
                    p.emit(i, i + 1, MentionKind.NAME, Form.NAME, p.named(i, i + 1, ActorType.ORGANIZATION));
                    return i + 1;
                }
            } else if (!WordLists.ROMAN.contains(word) && subjectOfVerb(tokens, i)) {
                // "Sessions has", "Pence thanked": a common word opening a sentence is the surname of a person the
                // article named when a verb follows it
                ActorEntry entry = unknown.namedBySurname(p, word);
                if (entry != null) {
                    p.emit(i, i + 1, MentionKind.NAME, Form.NAME, entry);
                    roleNouns.around(p, i, i + 1, entry);
                }
            }
            return i + 1;
        }
        int j = throughParticles(tokens, i, taggedEnd(p, i, tagged, i + 1), tagged);
        if (WordLists.PARTY_MEMBERS.contains(tokens.get(i).text()) && i + 2 < j
                && tokens.get(i + 1).text().equals("of")) {
            return i + 1; // "Ted Cruz, Republican of Texas": a party member's state, read on its own
        }
        if (stormName(tokens, i)) {
            return j; // "Hurricane Milton", "Tropical Storm Debby": a storm's given name names no one
        }
        if (NameFilters.eventName(p, i)) {
            return j; // "the Treaty of Westbury": the rest of an event's name, where the tagger cut it
        }
        if (j - i == 1 && tagged.type() == NameType.PER && surnameAfter(p, i)) {
            j++; // "giving Jeff Sessions my respect": the tagger stopped at a surname that is also a word
        }
        if (j - i == 1 && WordLists.ARTICLES.contains(tokens.get(i).text())) {
            return j; // "The Associated Press": the known name after the article is read on its own
        }
        if (j - i == 1 && (filters.adjectival(p, i) || NameFilters.notAName(tokens.get(i).text()))
                && unknown.bySurname(p, tokens.get(i).text()) == null) {
            return j;
        }
        if (j - i == 1 && unknown.splitHyphenated(p, i)
                || j - i == 1 && p.sentence.breakBefore(i) && filters.commonWord(tokens.get(i).text())
                && unknown.bySurname(p, tokens.get(i).text()) == null) {
            return j; // "Philip\nBack home": a new line opens with a capital anyway
        }
        int start = i;
        if (tagged.type() == NameType.PER) {
            start = NameParts.start(kb, p, i);
            j = NameParts.afterInitials(tokens, j);
        }
        // a lone word the tagger reads as a known place is a person only when the article named them, or when
        // the place is small and no locative word comes before it: "a barber in Austin" is the city even though
        // the knowledge base knows one person called Austin, "Cruz at 23 percent and Rubio at 15" the senator;
        // a small place that is the surname of one person the knowledge base knows by it alone is that person
        // unless a word of place comes before it: "a shot at Obama", "between Obama and Castro"
        String word = tokens.get(i).text();
        ActorEntry entry = j - start != 1 ? null
                : tagged.type() == NameType.LOC && tagged.to() == j && filters.knownPlace(word)
                && (filters.largePlace(word) || i > 0
                && WordLists.LOCATIVE_WORDS.contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT))
                && !(kb.bySurname(word).size() == 1 && !placeBefore(tokens, i)))
                ? unknown.namedBySurname(p, word)
                : unknown.bySurname(p, word);
        if (entry == null) {
            entry = p.named(start, j, typeOf(p, filters, start, j, tagged));
        }
        p.emit(start, j, MentionKind.NAME, Form.NAME, entry);
        roleNouns.around(p, start, j, entry);
        return j;
    }

    /**
     * Words around a name that only a company has: its shares or stock before it ("shares of Rivian", "a stake in
     * Klarna") or after it ("Rivian shares fell"), or its chief executive, shareholders or earnings after its
     * possessive ("Klarna's chief executive").
     */
    private static boolean companyCue(List<Token> tokens, int i, int j) {
        if (i >= 2 && (tokens.get(i - 1).text().equals("of") || tokens.get(i - 1).text().equals("in"))
                && WordLists.HOLDINGS.contains(tokens.get(i - 2).text().toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (j + 1 < tokens.size() && (tokens.get(j).text().equals("shares") || tokens.get(j).text().equals("stock"))
                && !tokens.get(j + 1).isCapitalized()
                && !WordLists.DETERMINERS.contains(tokens.get(j + 1).text().toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (j + 1 < tokens.size() && tokens.get(j).isPossessiveMarker()) {
            String next = tokens.get(j + 1).text().toLowerCase(Locale.ROOT);
            return WordLists.COMPANY_NOUNS.contains(next) || next.equals("chief") && j + 2 < tokens.size()
                    && tokens.get(j + 2).text().equalsIgnoreCase("executive");
        }
        return false;
    }

    /**
     * An apposition right after the name that calls it a group, a company or another body: ", a group of", ", an
     * opposition party", ", a Swiss bank that". The noun must end the apposition's head, so that ", a company
     * spokesman" stays a person.
     */
    private static boolean groupInApposition(List<Token> tokens, int j) {
        if (j + 2 >= tokens.size() || !tokens.get(j).text().equals(",")
                || !(tokens.get(j + 1).text().equals("a") || tokens.get(j + 1).text().equals("an"))) {
            return false;
        }
        for (int k = j + 2; k < Math.min(tokens.size(), j + 5); k++) {
            Token word = tokens.get(k);
            if (!word.isWord()) {
                return false;
            }
            if (WordLists.ORGANIZATION_NOUNS.contains(word.text())) {
                Token next = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
                return next == null || !next.isWord() || WordLists.AFTER_A_BODY.contains(next.text());
            }
        }
        return false;
    }

    /** A word before token {@code i} that makes it a place, but "at", which news also aims at people. */
    private static boolean placeBefore(List<Token> tokens, int i) {
        return WordLists.placeAfter(tokens, i) && !tokens.get(i - 1).text().equalsIgnoreCase("at");
    }

    /**
     * A given name followed by a capitalised word that the tagger left out and that opens no known name, title or
     * other tagged name: the person's surname.
     */
    private boolean surnameAfter(ParagraphState p, int i) {
        List<Token> tokens = p.tokens;
        int k = i + 1;
        if (k >= tokens.size() || filters.givenName(tokens.get(i).text()) == 0 || p.sentence.breakBefore(k)) {
            return false;
        }
        Token next = tokens.get(k);
        return next.isWord() && next.isCapitalized() && !next.isAllCaps() && p.taggedAt(k) == null
                && (!WordLists.NEVER_NAMES.contains(next.text()) || filters.monthAsSurname(tokens, i))
                && !NameFilters.notAName(next.text())
                && (KnownNames.longestMatch(kb, tokens, k) == null || KnownNames.placeAsSurname(kb, tokens, i, k));
    }

    /**
     * A known place or organisation ending the tagger's two-word person name after a given name: "Harold
     * Washington", "Lisa Wagner".
     */
    private boolean surnameAfterGivenName(List<Token> tokens, int i, int k, int knownEnd, int to,
                                          TaggedName tagged) {
        return tagged.type() == NameType.PER && knownEnd == to && knownEnd - k == 1
                && KnownNames.knownAsSurname(kb, tokens, i, k);
    }

    /**
     * A person's name goes on through lower-case particles to the capitalised words after them where the tagger
     * stops before or inside the particles: "Pieter van der Berg", not "Pieter" or "Pieter van" and "Berg". A
     * particle left dangling at the end of the name with no name after it is not part of it.
     */
    static int throughParticles(List<Token> tokens, int i, int j, TaggedName tagged) {
        if (tagged.type() != NameType.PER) {
            return j;
        }
        int k = j;
        while (k > i + 1 && WordLists.NAME_PARTICLES.contains(tokens.get(k - 1).text())) {
            k--;
        }
        int m = k;
        while (m < tokens.size() && m - k < 3 && WordLists.NAME_PARTICLES.contains(tokens.get(m).text())) {
            m++;
        }
        if (m == k || m >= tokens.size() || !capitalisedName(tokens.get(m))) {
            return k;
        }
        int end = m;
        while (end < tokens.size() && capitalisedName(tokens.get(end))) {
            end++;
        }
        return Math.max(end, j);
    }

    private static boolean capitalisedName(Token t) {
        return t.isWord() && t.isCapitalized() && !WordLists.NEVER_NAMES.contains(t.text());
    }

    /**
     * Where the tagger's name starting at {@code i} ends, looking from token {@code from}: at its own end, or
     * earlier where a known name starts right after a capitalised word ("Rubio Ukraine's" is two actors), unless
     * the tagger read an organisation and the known name is a demonym or another organisation's. A known name
     * that starts after a lower-case word inside the span is read whole ("the Alliance Party of Northern Ireland"
     * is not cut at "Ireland").
     */
    int taggedEnd(ParagraphState p, int i, TaggedName tagged, int from) {
        List<Token> tokens = p.tokens;
        int to = ownEnd(kb, filters, tokens, i, tagged);
        for (int k = i + 1; k < to && tagged.type() == NameType.LOC; k++) {
            if (titles.match(tokens, k, kb) == to - k) {
                to = k; // "your Lake County Sheriff": the place, then the office
                while (to - i >= 2 && !tokens.get(to - 1).isWord()) {
                    to--;
                }
            }
        }
        if (WordLists.NAME_PREFIXES.contains(tokens.get(i).text())
                || tagged.type() == NameType.ORG && WordLists.ORGANIZATION_WORDS.contains(tokens.get(to - 1).text())
                && !attributive(tokens, i, to)) {
            return to; // "the Republican National Committee" is one name, although "National Committee" is known
        }
        for (int k = Math.max(from, i + 1); k < to; k++) {
            if (!tokens.get(k - 1).isCapitalized() && tokens.get(k).isCapitalized()) {
                int[] inner = KnownNames.longestMatch(kb, tokens, k);
                if (inner != null && k + inner[0] <= to) {
                    k += inner[0] - 1; // "the Alliance Party of Northern Ireland": a known name after "of" is whole
                    continue;
                }
            }
            int[] known = tokens.get(k - 1).isCapitalized() ? KnownNames.longestMatch(kb, tokens, k) : null;
            if (known != null && !surnameAfterGivenName(tokens, i, k, k + known[0], to, tagged)
                    && !(tagged.type() == NameType.ORG && (demonym(tokens, k, k + known[0])
                    || organisation(tokens, k, k + known[0]) && !attributive(tokens, i, k)))) {
                // but "the Center for New American Security" is one organisation, and so are "Scottish Labour"
                // and "the Progressive Conservative Party of Manitoba", whose names hold another's (not "the
                // Republican-led Senate")
                return k;
            }
        }
        return to;
    }

    /** Whether every known name of the span is an organisation's. */
    private boolean organisation(List<Token> tokens, int from, int to) {
        return kb.lookup(tokens, from, to).stream().allMatch(s -> s.entry().type() == ActorType.ORGANIZATION);
    }

    private boolean demonym(List<Token> tokens, int from, int to) {
        return kb.lookup(tokens, from, to).stream().allMatch(Surface::demonym);
    }

    /** A word such as "GOP-controlled" inside the span: a modifier before a name, not a part of it. */
    private static boolean attributive(List<Token> tokens, int i, int to) {
        for (int k = i; k < to; k++) {
            String w = tokens.get(k).text();
            int hyphen = w.lastIndexOf('-');
            if (hyphen > 0 && hyphen + 1 < w.length() && Character.isLowerCase(w.charAt(hyphen + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The tagger's span without what names no one inside it or at its end: a joining word, a contraction ("Eric
     * hasn't") or, but for an organisation's ("McDonald's"), a possessive; a day of the week ("Maria Lindqvist Monday
     * attacked"), a person's "of" and home town ("Marten Vollsby of Greyhaven", but "Prince Edmund of Wessex"),
     * a party member after a known place or a city ("the Ohio Democrat" is Ohio, "the Chicago Democrat" Chicago).
     */
    static int ownEnd(KnowledgeBase kb, NameFilters filters, List<Token> tokens, int i, TaggedName tagged) {
        int to = tagged.to();
        while (to - i >= 2 && (WordLists.JOINING_WORDS.contains(tokens.get(to - 1).text())
                || NameFilters.contraction(tokens.get(to - 1).text())
                || tagged.type() != NameType.ORG && tokens.get(to - 1).isPossessiveMarker())) {
            to--; // "the Judiciary Committee for floor debate", "similar to Obama's": no name ends there
        }
        for (int k = i + 1; k < to; k++) {
            String w = tokens.get(k).text();
            if (WordLists.WEEKDAYS.contains(w)) {
                return k;
            }
            if (w.equals("of") && tagged.type() == NameType.PER && k + 1 < to
                    && !WordLists.TITLES_OF_PLACE.contains(tokens.get(i).text())) {
                return k;
            }
        }
        if (to - i >= 2 && WordLists.PARTY_MEMBERS.contains(tokens.get(to - 1).text())) {
            int[] known = KnownNames.longestMatch(kb, tokens, i);
            if ((known != null && i + known[0] == to - 1)
                    || (to - i == 2 && filters.largePlace(tokens.get(i).text()))) {
                return to - 1;
            }
        }
        return to;
    }

    /**
     * The tagger's type, unless the name's last word says otherwise ("the Roman Empire", "the Ostra River"): the
     * rules' head words, measured to help on held-out data.
     */
    private static ActorType typeOf(ParagraphState p, NameFilters filters, int i, int j, TaggedName tagged) {
        List<Token> tokens = p.tokens;
        String last = tokens.get(j - 1).text();
        if (WordLists.ORGANIZATION_WORDS.contains(last)) {
            return ActorType.ORGANIZATION;
        }
        if (tagged.type() != NameType.ORG && companyCue(tokens, i, j)) {
            return ActorType.ORGANIZATION; // "shares of Rivian", "Klarna's chief executive": a company
        }
        if (tagged.type() != NameType.ORG && groupInApposition(tokens, j)) {
            return ActorType.ORGANIZATION; // "Nihon Hidankyo, a group of survivors": what the apposition says
        }
        if (tagged.type() == NameType.PER && j - i >= 2 && WordLists.NAMED_AFTER_HEADS.contains(last)) {
            return ActorType.LOCATION; // "Trump Tower", "Kennedy Center": a place named after a person
        }
        if (j - i == 2 && last.equals("State") && p.kb.get(Slugs.of(tokens.get(i).text()))
                .filter(e -> "state of United States".equals(e.role())).isPresent()) {
            return ActorType.ORGANIZATION; // "Ohio State beat Michigan State": the state's university, or its team
        }
        if (WordLists.LOCATION_WORDS.contains(last)
                || j + 1 < tokens.size() && tokens.get(j).text().equals(",")
                && Tokenizer.abbreviatedState(tokens.get(j + 1).text()) != null) {
            return ActorType.LOCATION; // "Flint, Mich.": a city before its state
        }
        if ((tagged.type() == NameType.LOC || tagged.type() == NameType.ORG && p.tagger.censusSurname(last))
                && j - i == 1 && j < tokens.size()
                && WordLists.SPEECH_VERBS.contains(tokens.get(j).text().toLowerCase(Locale.ROOT))
                && (i == 0 || !WordLists.LOCATIVE_WORDS.contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT)))) {
            // "Bolton said": a lone unknown word that speaks is a person whose surname is also a town's or a
            // club's name ("officials in Henderson said" stays the town); the places and bodies that speak in
            // news (countries, capitals, companies) are known names and never read here
            return ActorType.PERSON;
        }
        if (tagged.type() == NameType.ORG && j - i == 1 && p.tagger.censusSurname(last)
                && (subjectOfVerb(tokens, i) || p.tagger.frequentSurname(last) && !tokens.get(i).isAllCaps())
                && (i == 0 || !WordLists.ARTICLES.contains(tokens.get(i - 1).text()))) {
            // "Brown slammed the door", "Brown was unarmed", "a jab at Brown": a lone census surname the tagger
            // types an organisation (the organisation names hold "Brown University") is a person as the subject
            // of a verb, or anywhere when it is one of the thousand most frequent surnames
            return ActorType.PERSON;
        }
        if (j - i == 1 && j < tokens.size() && WordLists.PARTY_MEMBERS.contains(tokens.get(j).text())
                && filters.largePlace(last)) {
            return ActorType.LOCATION; // "the Chicago Democrat": the member's city
        }
        if (tagged.type() == NameType.PER && j - i == 1 && filters.largePlace(last)
                && !p.tagger.censusSurname(last) && filters.givenName(last) == 0) {
            // "Kharkiv braced for more": a city of 100,000 people or more that is nobody's given name or surname
            // is the city, though the tagger reads a subject of a verb as a person
            return ActorType.LOCATION;
        }
        if (j - i == 1 && IRISH_OR_ITALIAN_SURNAME.matcher(tokens.get(i).text()).matches()) {
            return ActorType.PERSON; // "O'Rourke said", "D'Angelo": the shape of a surname
        }
        return switch (tagged.type()) {
            case PER -> ActorType.PERSON;
            case ORG -> ActorType.ORGANIZATION;
            case LOC -> ActorType.LOCATION;
        };
    }

    private static final Pattern IRISH_OR_ITALIAN_SURNAME = Pattern.compile("[OD]['\u2019]\\p{Lu}\\p{Ll}+");

    /**
     * A storm's name: the tagger's name starts at or right after "Hurricane", "Typhoon", "Cyclone" or "Tropical
     * Storm" (a lone "Storm" may be a given name: "Storm Reid").
     */
    private static boolean stormName(List<Token> tokens, int i) {
        String first = tokens.get(i).text();
        String before = i > 0 ? tokens.get(i - 1).text() : "";
        String tropical = i > 1 ? tokens.get(i - 2).text() : "";
        return WordLists.STORMS.contains(first) || WordLists.STORMS.contains(before)
                || first.equals("Storm") && before.equals("Tropical")
                || before.equals("Storm") && tropical.equals("Tropical");
    }

    /** Whether a finite verb follows the word: a speech verb, an auxiliary or a past tense ("thanked"). */
    private static boolean subjectOfVerb(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size()) {
            return false;
        }
        String next = tokens.get(i + 1).text();
        return WordLists.SPEECH_VERBS.contains(next) || WordLists.AUXILIARIES.contains(next)
                || (next.length() > 4 && next.endsWith("ed") && Character.isLowerCase(next.charAt(0)));
    }
}
