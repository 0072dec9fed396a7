package org.newsflow.enrich.engine.resolve;

import org.newsflow.enrich.engine.model.ActorType;
import org.newsflow.enrich.engine.model.ArticleContext;
import org.newsflow.enrich.engine.model.MentionKind;
import org.newsflow.enrich.engine.kb.ActorEntry;
import org.newsflow.enrich.engine.kb.KnowledgeBase;
import org.newsflow.enrich.engine.kb.Slugs;
import org.newsflow.enrich.engine.ner.NameTagger;
import org.newsflow.enrich.engine.ner.NameType;
import org.newsflow.enrich.engine.ner.TaggedName;
import org.newsflow.enrich.engine.nlp.Sentence;
import org.newsflow.enrich.engine.nlp.Token;
import org.newsflow.enrich.engine.resolve.ResolvedMention.Form;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The resolution of one paragraph while it is read: the mentions found so far, the actors seen, and the sentence
 * under the cursor. The resolver's rules are shared between threads, so everything that changes lives here.
 */
final class ParagraphState {

    static final String INFERRED = "inferred from text";

    /** Deferred token kinds: resolved once the whole sentence is read. */
    static final int PRONOUN = 0;
    static final int ROLE_NOUN = 1;

    final List<Sentence> sentences;
    final ArticleContext context;
    final KnowledgeBase kb;
    final List<ResolvedMention> mentions = new ArrayList<>();
    /** Actors seen in this paragraph, most recent last. */
    final List<ActorEntry> seen = new ArrayList<>();
    final Map<String, Set<String>> roleNouns = new HashMap<>();
    final List<Resolution.Span> workTitles = new ArrayList<>();

    // state of the sentence being read
    List<Token> tokens;
    Sentence sentence;
    int sentenceIndex;
    ResolvedMention last;
    /** Names the tagger proposes in the sentence under the cursor, by first token; null when rules alone read. */
    TaggedName[] tagged;
    /** The tagger of this paragraph, or null for the rules alone. */
    NameTagger tagger;
    /** Token index and kind ({@link #PRONOUN} or {@link #ROLE_NOUN}) of each reference waiting for the sentence end. */
    final List<int[]> deferred = new ArrayList<>();

    ParagraphState(List<Sentence> sentences, ArticleContext context, KnowledgeBase kb) {
        this.sentences = sentences;
        this.context = context;
        this.kb = kb;
    }

    void startSentence(int s) {
        sentence = sentences.get(s);
        sentenceIndex = s;
        tokens = sentence.tokens();
        last = null;
        deferred.clear();
    }

    void tagSentence(NameTagger tagger) {
        this.tagger = tagger;
        if (tagger == null) {
            tagged = null;
            return;
        }
        tagged = new TaggedName[tokens.size()];
        for (TaggedName n : splitAtBreaks(joinedAcrossHeads(tagger.tag(tokens)))) {
            tagged[n.from()] = n;
            // "bin Laden": names are read from their first capitalised word, which then takes the particles back
            int c = n.from();
            while (c < n.to() && WordLists.SURNAME_PARTICLES.contains(tokens.get(c).text())) {
                c++;
            }
            if (n.type() == NameType.PER && c > n.from() && c < n.to() && tagged[c] == null) {
                tagged[c] = new TaggedName(c, n.to(), n.type(), n.margin());
            }
        }
    }

    /**
     * The tagger's names cut where a dash or a line break stands inside one: "Blair \u2014 Bow Group" is two
     * names, and so are the last name of a caption and the first word of the next line. A person's name is also
     * cut at a lower-case word that is no particle of a name: "Sarkozy met Berlusconi" is two people.
     */
    private List<TaggedName> splitAtBreaks(List<TaggedName> names) {
        List<TaggedName> split = new ArrayList<>(names.size());
        for (TaggedName n : names) {
            int from = n.from();
            for (int k = n.from() + 1; k < n.to(); k++) {
                if (sentence.breakBefore(k)) {
                    split.add(new TaggedName(from, k, n.type(), n.margin()));
                    from = k;
                } else if (n.type() == NameType.PER && k > from && k + 1 < n.to() && commonLowerWord(tokens.get(k))) {
                    split.add(new TaggedName(from, k, n.type(), n.margin()));
                    from = k + 1;
                }
            }
            split.add(from == n.from() ? n : new TaggedName(from, n.to(), n.type(), n.margin()));
        }
        return split;
    }

    /** A lower-case word that is no particle of a name ("von", "bin", "da") and no prefix of one ("al-Assad"). */
    private static boolean commonLowerWord(Token t) {
        String w = t.text();
        return t.isWord() && Character.isLowerCase(w.charAt(0)) && w.indexOf('-') < 0 && w.indexOf('\'') < 0
                && !WordLists.NAME_PARTICLES.contains(w) && !WordLists.SURNAME_PARTICLES.contains(w)
                && !WordLists.SURNAME_PARTICLE_TAILS.contains(w);
    }

    /**
     * Two names the tagger read apart across the head of an organisation's name and its "of" or "for" are one
     * organisation: "United Nations" + "Office for" + "Quorvian Affairs", "Geneva" + "Office of" + "Legal Affairs".
     */
    private List<TaggedName> joinedAcrossHeads(List<TaggedName> names) {
        List<TaggedName> joined = new ArrayList<>(names.size());
        for (TaggedName n : names) {
            TaggedName before = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (before != null && before.type() != NameType.PER && headBetween(before.to(), n.from())) {
                joined.set(joined.size() - 1, new TaggedName(before.from(), n.to(), NameType.ORG,
                        Math.min(before.margin(), n.margin())));
            } else {
                joined.add(n);
            }
        }
        return joined;
    }

    /** Whether tokens {@code [end - 1 or end, from)} are a capitalised organisation head and "of" or "for". */
    private boolean headBetween(int end, int from) {
        if (from - end == 2) {
            return WordLists.OF_HEADS.contains(tokens.get(end).text()) && ofOrFor(tokens.get(end + 1));
        }
        return from - end == 1 && end >= 1 && WordLists.OF_HEADS.contains(tokens.get(end - 1).text())
                && ofOrFor(tokens.get(end));
    }

    private static boolean ofOrFor(Token t) {
        return t.text().equals("of") || t.text().equals("for");
    }

    /** The tagger's name starting at token {@code i}, or null. */
    TaggedName taggedAt(int i) {
        return tagged == null ? null : tagged[i];
    }

    void defer(int i, int kind) {
        deferred.add(new int[] {i, kind});
    }

    boolean definiteBefore(int i) {
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            Token t = tokens.get(k);
            String w = t.text().toLowerCase(Locale.ROOT);
            if (w.equals("the")) {
                return true;
            }
            if (!t.isWord() || t.isCapitalized()) {
                return false;
            }
        }
        return false;
    }

    /** First word of the sentence, or of a quotation or parenthesis inside it. */
    boolean startsSentence(int i) {
        for (int k = i - 1; k >= 0; k--) {
            Token t = tokens.get(k);
            if (t.isWord()) {
                return false;
            }
            String p = t.text();
            if (p.equals("\"") || p.equals("(") || p.equals(":") || p.equals("-") || p.equals("'")) {
                return true;
            }
            if (!p.equals("[")) {
                return false;
            }
        }
        return true;
    }

    String text(int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from && tokens.get(k).start() > tokens.get(k - 1).end()) {
                b.append(' ');
            }
            b.append(tokens.get(k).text());
        }
        return b.toString();
    }

    void link(ActorEntry entry, String roleNoun) {
        roleNouns.computeIfAbsent(entry.id(), k -> new LinkedHashSet<>()).add(roleNoun);
    }

    /** The unknown actor named by tokens {@code [i, j)}: as the article or this paragraph met it before, else new. */
    ActorEntry named(int i, int j, ActorType type) {
        String name = text(i, j);
        String id = Slugs.of(name);
        ActorEntry entry = context.find(id).map(this::fromContext).orElse(null);
        if (entry == null) {
            entry = findSeen(id);
        }
        return entry != null ? entry : new ActorEntry(id, name, type, null, null, null, List.of(), List.of(), null,
                null, INFERRED);
    }

    ActorEntry findSeen(String id) {
        for (ActorEntry e : seen) {
            if (e.id().equals(id)) {
                return e;
            }
        }
        return null;
    }

    ActorEntry fromContext(ArticleContext.Remembered r) {
        return kb.get(r.id()).orElseGet(() -> new ActorEntry(r.id(), r.name(), r.type(), r.country(), r.role(),
                r.cameo(), List.of(), List.of(), null, null, INFERRED, r.wikidata()));
    }

    ResolvedMention emit(int from, int to, MentionKind kind, Form form, ActorEntry entry) {
        ResolvedMention m = emitSpan(tokens.get(from).start(), tokens.get(to - 1).end(), kind, form, entry,
                from, to);
        if (kind == MentionKind.NAME || kind == MentionKind.DEMONYM) {
            last = m;
        }
        return m;
    }

    ResolvedMention emitSpan(int start, int end, MentionKind kind, Form form, ActorEntry entry, int firstToken,
                             int endToken) {
        ResolvedMention m = new ResolvedMention(start, end, kind, form, entry, sentenceIndex, firstToken,
                endToken);
        mentions.add(m);
        seen.removeIf(e -> e.id().equals(entry.id()));
        seen.add(entry);
        return m;
    }
}
