package org.newsflow.enrich.engine.resolve;

import org.newsflow.enrich.engine.model.ActorType;
import org.newsflow.enrich.engine.model.ArticleContext;
import org.newsflow.enrich.engine.model.MentionKind;
import org.newsflow.enrich.engine.kb.ActorEntry;
import org.newsflow.enrich.engine.kb.KnowledgeBase;
import org.newsflow.enrich.engine.kb.Slugs;
import org.newsflow.enrich.engine.kb.Surface;
import org.newsflow.enrich.engine.nlp.Token;
import org.newsflow.enrich.engine.resolve.ResolvedMention.Form;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Capitalised names the knowledge base does not know: where the run of words ends, whether it names an actor at
 * all, and who it is — a surname already seen, an actor the article remembers, or a new one typed from the text.
 */
final class UnknownNames {

    private final KnowledgeBase kb;
    private final RoleTitles titles;
    private final NameFilters filters;
    private final RoleNounPatterns roleNouns;
    private final TaggedNames tagged;

    UnknownNames(KnowledgeBase kb, RoleTitles titles, NameFilters filters, RoleNounPatterns roleNouns) {
        this.kb = kb;
        this.titles = titles;
        this.filters = filters;
        this.roleNouns = roleNouns;
        this.tagged = new TaggedNames(kb, titles, filters, roleNouns, this);
    }

    TaggedNames tagged() {
        return tagged;
    }

    int read(ParagraphState p, int i, String role, String country) {
        return read(p, i, role, country, null, false);
    }

    int read(ParagraphState p, int i, String role, String country, String titleHead) {
        return read(p, i, role, country, titleHead, false);
    }

    /**
     * A run of capitalised words that is one name. It ends where a known name or a title starts ("Rubio
     * Ukraine's" is two actors) unless a prefix or an "of" binds them ("Northern Ireland", "Gulf of Mexico").
     * Returns the index of the next token to read.
     */
    int read(ParagraphState p, int i, String role, String country, String titleHead, boolean joinsKnown) {
        List<Token> tokens = p.tokens;
        boolean titled = role != null;
        if (p.tagged != null && !titled && !(p.taggedAt(i) == null && organisationHeadAfterThe(p, i))) {
            return tagged.read(p, i);
        }
        boolean atStart = !titled && p.startsSentence(i);
        if (atStart && WordLists.SENTENCE_STARTERS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))) {
            return i + 1;
        }
        int j = i + 1;
        boolean absorbKnown = joinsKnown || WordLists.NAME_PREFIXES.contains(tokens.get(i).text());
        while (j < tokens.size()) {
            Token t = tokens.get(j);
            if (t.text().equals("of") && WordLists.OF_HEADS.contains(tokens.get(j - 1).text())
                    && j + 1 < tokens.size() && tokens.get(j + 1).isWord() && tokens.get(j + 1).isCapitalized()) {
                absorbKnown = true;
                j++;
                continue;
            }
            if (WordLists.ROMAN.contains(t.text())) {
                j++;
                continue;
            }
            boolean particle = particlesBeforeName(tokens, j) || ARABIC_ARTICLE.matcher(t.text()).matches();
            if (!(t.isWord() && t.isCapitalized()) && !particle) {
                break;
            }
            if (WordLists.NEVER_NAMES.contains(t.text()) && !(j == i + 1 && filters.monthAsSurname(tokens, i))
                    || (!absorbKnown && KnownNames.longestMatch(kb, tokens, j) != null
                    && !KnownNames.placeAsSurname(kb, tokens, i, j))
                    || titles.match(tokens, j, kb) > 0) {
                break;
            }
            j++;
        }
        int head = j - 1;
        while (head > i && WordLists.ROMAN.contains(tokens.get(head).text())) {
            head--; // "World War II"
        }
        if (WordLists.NON_ACTOR_HEADS.contains(tokens.get(head).text())) {
            return j;
        }
        if (!titled && (filters.workTitle(p, i, j) || NameFilters.eventName(p, i))) {
            p.workTitles.add(new Resolution.Span(tokens.get(i).start(), tokens.get(j - 1).end()));
            return j;
        }
        if (j - i == 1 && splitHyphenated(p, i)) {
            return j;
        }
        ActorEntry entry = j - i == 1 && !WordLists.ROMAN.contains(tokens.get(i).text())
                ? bySurname(p, tokens.get(i).text()) : null; // "III" is no one's surname
        if (atStart && entry == null && j - i == 1 && !filters.looksLikeName(p, tokens.get(i))) {
            return j;
        }
        if (entry == null && j - i == 1 && !titled
                && (filters.adjectival(p, i) || NameFilters.notAName(tokens.get(i).text()))) {
            return j;
        }
        if (entry == null) {
            String name = p.text(i, j);
            String id = Slugs.of(name);
            entry = p.context.find(id).map(p::fromContext).orElse(null);
            if (entry == null) {
                entry = p.findSeen(id);
            }
            if (entry == null) {
                ActorType type = UnknownNameTyper.type(tokens, i, j, name, titled, coordinatedType(p, i, j));
                entry = new ActorEntry(id, name, type, type == ActorType.PERSON ? country : null,
                        type == ActorType.PERSON ? role : null, null, List.of(), List.of(), null, null,
                        ParagraphState.INFERRED);
            }
        }
        if (titleHead != null) {
            p.link(entry, titleHead);
        }
        p.emit(i, j, MentionKind.NAME, Form.NAME, entry);
        roleNouns.around(p, i, j, entry);
        return j;
    }

    /** A surname written with the Arabic article: "al-Assad", "el-Sisi", "ad-Din". */
    private static final Pattern ARABIC_ARTICLE = Pattern.compile("(?:al|el|ad|ar|as|at|az|an|ash)-\\p{Lu}\\p{L}+");

    /** Whether lower-case name particles start at {@code j} and a capitalised word follows: "van der Quist". */
    static boolean particlesBeforeName(List<Token> tokens, int j) {
        int k = j;
        while (k < tokens.size() && k - j < 3 && WordLists.NAME_PARTICLES.contains(tokens.get(k).text())) {
            k++;
        }
        return k > j && k < tokens.size() && tokens.get(k).isCapitalized() && tokens.get(k).isWord();
    }

    /**
     * "the Court", "the Army" that the tagger leaves out: a capitalised organisation word after "the" stays with the
     * rules, so that the article's identity passes can tie it to the organisation it shortens.
     */
    private static boolean organisationHeadAfterThe(ParagraphState p, int i) {
        return i > 0 && p.tokens.get(i - 1).text().equalsIgnoreCase("the")
                && WordLists.ORGANIZATION_WORDS.contains(p.tokens.get(i).text())
                && (i + 1 >= p.tokens.size() || !p.tokens.get(i + 1).isCapitalized());
    }

    /**
     * "Russia-Ukraine": two known names joined by a hyphen are two mentions. "Saudi-led", "Kremlin-backed": a
     * known name before an attributive participle is that actor (a nationality adjective stays a demonym), and
     * the word is no name of its own ("the Republican-led Senate"); true when the token is read.
     */
    boolean splitHyphenated(ParagraphState p, int i) {
        Token t = p.tokens.get(i);
        if (t.text().indexOf('-') < 0) {
            return false;
        }
        String[] parts = t.text().split("-");
        boolean attributive = parts.length >= 2
                && WordLists.ATTRIBUTIVE_PARTICIPLES.contains(parts[parts.length - 1].toLowerCase(Locale.ROOT));
        int named = attributive ? parts.length - 1 : parts.length;
        List<Surface> found = new ArrayList<>();
        for (int k = 0; k < named; k++) {
            String part = parts[k];
            List<Token> one = List.of(new Token(0, 0, part.length(), part));
            List<Surface> surfaces = part.isEmpty() ? List.of() : kb.lookup(one, 0, 1);
            if (surfaces.isEmpty()) {
                return attributive;
            }
            found.add(surfaces.get(0));
        }
        int offset = t.start();
        for (int k = 0; k < named; k++) {
            Surface s = found.get(k);
            p.emitSpan(offset, offset + parts[k].length(), s.demonym() ? MentionKind.DEMONYM : MentionKind.NAME,
                    s.demonym() ? Form.DEMONYM : Form.NAME, s.entry(), i, i + 1);
            offset += parts[k].length() + 1;
        }
        return true;
    }

    /** A lone surname: someone this paragraph or article already named, else a unique known person. */
    ActorEntry bySurname(ParagraphState p, String word) {
        ActorEntry named = namedBySurname(p, word);
        if (named != null) {
            return named;
        }
        List<ActorEntry> people = kb.bySurname(word);
        List<ActorEntry> current = people.stream().filter(ActorEntry::current).toList();
        if (current.size() == 1) {
            return current.get(0);
        }
        if (people.size() == 1) {
            return people.get(0);
        }
        if (people.isEmpty() && filters.onlyASurname(word)) {
            List<ActorEntry> listed = kb.byListedSurname(word).stream().filter(ActorEntry::current).toList();
            return listed.size() == 1 ? listed.get(0) : null;
        }
        return null;
    }

    /** A lone surname of someone this paragraph or article already named. */
    ActorEntry namedBySurname(ParagraphState p, String word) {
        for (int k = p.seen.size() - 1; k >= 0; k--) {
            ActorEntry e = p.seen.get(k);
            if (e.type() == ActorType.PERSON && e.name().endsWith(" " + word)) {
                return e;
            }
        }
        Optional<ArticleContext.Remembered> remembered = p.context.findBySurname(word);
        return remembered.map(p::fromContext).orElse(null);
    }

    /** Type of the name this one is coordinated with: "Kentucky and Indiana", "Sweden, Norway". */
    private static ActorType coordinatedType(ParagraphState p, int i, int j) {
        ResolvedMention last = p.last;
        if (last == null || last.sentence() != p.sentenceIndex || i < 2) {
            return null;
        }
        String joint = p.tokens.get(i - 1).text().toLowerCase(Locale.ROOT);
        if (last.endToken() != i - 1) {
            return null;
        }
        if (joint.equals(",") && j < p.tokens.size()) {
            // "Kentucky, Indiana and Ohio" is a list; "According to the Testament, Paul spent" is not
            String tag = p.sentence.tag(j);
            if (tag.equals("VERB") || tag.equals("AUX")) {
                return null;
            }
        }
        boolean joined = joint.equals("and") || joint.equals("or") || joint.equals(",");
        return joined && last.endToken() == i - 1 ? last.actor().type() : null;
    }
}
