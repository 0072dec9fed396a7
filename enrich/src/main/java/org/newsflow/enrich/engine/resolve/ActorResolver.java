package org.newsflow.enrich.engine.resolve;

import org.newsflow.enrich.engine.model.ActorType;
import org.newsflow.enrich.engine.model.ArticleContext;
import org.newsflow.enrich.engine.model.MentionKind;
import org.newsflow.enrich.engine.kb.ActorEntry;
import org.newsflow.enrich.engine.kb.KnowledgeBase;
import org.newsflow.enrich.engine.kb.Slugs;
import org.newsflow.enrich.engine.kb.Surface;
import org.newsflow.enrich.engine.ner.NameTagger;
import org.newsflow.enrich.engine.ner.TaggedName;
import org.newsflow.enrich.engine.nlp.Sentence;
import org.newsflow.enrich.engine.nlp.Token;
import org.newsflow.enrich.engine.nlp.Tokenizer;
import org.newsflow.enrich.engine.resolve.ResolvedMention.Form;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Finds the actors of a paragraph and resolves each mention to a canonical identity: knowledge-base names and
 * aliases ({@link KnownNames}), titles before names ({@link TitledNames}), unknown capitalised names and surname
 * back-references ({@link UnknownNames}), role nouns ("the envoy") and personal pronouns
 * ({@link ReferenceResolver}), using the article context for what earlier paragraphs said. Thread-safe: all
 * per-paragraph state lives in a {@link ParagraphState}.
 */
public final class ActorResolver {

    private final KnowledgeBase kb;
    private final RoleTitles titles;
    private final KnownNames known;
    private final TitledNames titled;
    private final UnknownNames unknown;
    private final NameTagger tagger;

    /**
     * @param commonWord tells whether a lower-case word is ordinary vocabulary, so that a capitalised
     *                   "Skepticism" opening a sentence is not taken for a name
     * @param tagger     proposes the spans and types of names the knowledge base does not know; null leaves
     *                   them to the rules alone
     */
    public ActorResolver(KnowledgeBase kb, Predicate<String> commonWord, NameTagger tagger) {
        this.kb = kb;
        this.tagger = tagger;
        this.titles = RoleTitles.bundled();
        NameData names = NameData.bundled();
        RoleNounPatterns roleNouns = new RoleNounPatterns(kb);
        this.unknown = new UnknownNames(kb, titles, new NameFilters(commonWord, names), roleNouns);
        this.known = new KnownNames(kb, titles, unknown, roleNouns);
        this.titled = new TitledNames(kb, titles, known, unknown);
    }

    public Resolution resolve(List<Sentence> sentences, ArticleContext context) {
        ParagraphState p = new ParagraphState(sentences, context, kb);
        for (int s = 0; s < sentences.size(); s++) {
            p.startSentence(s);
            p.tagSentence(tagger);
            int i = 0;
            while (i < p.tokens.size()) {
                i = step(p, i);
            }
            ReferenceResolver.resolveDeferred(p);
        }
        p.mentions.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end(), a.end()));
        return new Resolution(List.copyOf(p.mentions), p.roleNouns, List.copyOf(p.workTitles));
    }

    /**
     * A U.S. state by its name: the knowledge base's, or one inferred where the name is also a country's or a
     * city's ("Georgia", "Washington").
     */
    private ActorEntry state(String name) {
        return kb.get(Slugs.of(name)).filter(e -> e.role() != null && e.role().startsWith("state of"))
                .orElseGet(() -> new ActorEntry(Slugs.of(name + " state"), name, ActorType.LOCATION, "USA",
                        "state of United States", null, List.of(), List.of(), null, null, ParagraphState.INFERRED,
                        null));
    }

    /** Reads what starts at token {@code i}; returns the index of the next token to read. */
    private int step(ParagraphState p, int i) {
        List<Token> tokens = p.tokens;
        Token t = tokens.get(i);
        if (!t.isWord() || NameFilters.insideHandle(tokens, i)) {
            return i + 1;
        }
        String state = i > 0 && tokens.get(i - 1).text().equals(",") ? Tokenizer.abbreviatedState(t.text()) : null;
        if (state != null) {
            p.emit(i, i + 1, MentionKind.NAME, Form.NAME, state(state)); // "Ashland, Va.": the city's state
            return i + 1;
        }
        String lower = t.text().toLowerCase(Locale.ROOT);
        boolean capitalized = t.isCapitalized() || (Character.isDigit(t.text().charAt(0)) && t.isAllCaps());
        int[] match = capitalized ? KnownNames.longestMatch(kb, tokens, i) : null;
        // a word that is never a name alone may open a known one: "Latin America", "English Channel"
        if (match != null && match[0] == 1 && WordLists.PEOPLES.contains(t.text())
                && kb.lookup(tokens, i, i + 1).stream().noneMatch(Surface::demonym)) {
            return i + 1; // "Muslim judges": a faith, though a party's short name ("Muslim") is the same word
        }
        if (match != null && (match[0] > 1 || !WordLists.NEVER_NAMES.contains(t.text()))) {
            TaggedName longer = p.taggedAt(i);
            // "New York Times": the name goes on past a known one, unless a title follows the known name ("White
            // House Press Secretary Jay Carney" names the White House and its press secretary)
            if (longer != null && !(i + match[0] < tokens.size() && titles.match(tokens, i + match[0], kb) > 0)
                    && unknown.tagged().taggedEnd(p, i, longer, i + match[0]) > i + match[0]) {
                return unknown.read(p, i, null, null);
            }
            return known.read(p, i, match[0], kb.lookup(tokens, i, i + match[0]));
        }
        int titleLength = titles.match(tokens, i, kb);
        if (titleLength > 0 && (t.isCapitalized() || TitledNames.modifierBefore(p, i) != null)) {
            return titled.read(p, i, titleLength);
        }
        if (WordLists.PERSONAL_PRONOUNS.contains(lower)) {
            p.defer(i, ParagraphState.PRONOUN);
            return i + 1;
        }
        if (WordLists.NOMINAL_HEADS.contains(lower) && p.definiteBefore(i)) {
            p.defer(i, ParagraphState.ROLE_NOUN);
            return i + 1;
        }
        if (t.isCapitalized() && !WordLists.NEVER_NAMES.contains(t.text())) {
            return unknown.read(p, i, null, null);
        }
        return i + 1;
    }
}
