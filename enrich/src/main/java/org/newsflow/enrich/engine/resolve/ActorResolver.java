package org.newsflow.enrich.engine.resolve;

import org.newsflow.enrich.engine.ActorType;
import org.newsflow.enrich.engine.ArticleContext;
import org.newsflow.enrich.engine.MentionKind;
import org.newsflow.enrich.engine.kb.ActorEntry;
import org.newsflow.enrich.engine.kb.KnowledgeBase;
import org.newsflow.enrich.engine.kb.Slugs;
import org.newsflow.enrich.engine.kb.Surface;
import org.newsflow.enrich.engine.nlp.Sentence;
import org.newsflow.enrich.engine.nlp.Token;
import org.newsflow.enrich.engine.resolve.ResolvedMention.Form;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds the actors of a paragraph and resolves each mention to a canonical identity: knowledge-base names and
 * aliases (longest match), titles before names, demonyms, capitals standing for their state, unknown capitalised
 * names, surname back-references, role nouns ("the envoy") and personal pronouns, using the article context for
 * what earlier paragraphs said. Thread-safe: all per-paragraph state lives in a {@link Pass}.
 */
public final class ActorResolver {

    private static final String INFERRED = "inferred from text";
    private static final Set<String> ROMAN = Set.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
            "XI", "XII", "XIII", "XIV", "XV", "XVI", "Jr.", "Sr.");

    private final KnowledgeBase kb;
    private final RoleTitles titles;
    private final Predicate<String> commonWord;
    private final NameData names;

    /**
     * @param commonWord tells whether a lower-case word is ordinary vocabulary, so that a capitalised
     *                   "Skepticism" opening a sentence is not taken for a name
     */
    public ActorResolver(KnowledgeBase kb, Predicate<String> commonWord) {
        this.kb = kb;
        this.titles = RoleTitles.bundled();
        this.commonWord = commonWord;
        this.names = NameData.bundled();
    }

    public Resolution resolve(List<Sentence> sentences, ArticleContext context) {
        Pass pass = new Pass(sentences, context);
        for (int s = 0; s < sentences.size(); s++) {
            pass.sentence(s);
        }
        pass.mentions.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end(), a.end()));
        return new Resolution(List.copyOf(pass.mentions), pass.roleNouns, List.copyOf(pass.workTitles));
    }

    /** The resolution of one paragraph. */
    private final class Pass {
        final List<Sentence> sentences;
        final ArticleContext context;
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
        final List<int[]> deferred = new ArrayList<>();

        Pass(List<Sentence> sentences, ArticleContext context) {
            this.sentences = sentences;
            this.context = context;
        }

        void sentence(int s) {
            sentence = sentences.get(s);
            sentenceIndex = s;
            tokens = sentence.tokens();
            last = null;
            deferred.clear();
            int i = 0;
            while (i < tokens.size()) {
                i = step(i);
            }
            resolveDeferred();
        }

        /** Reads what starts at token {@code i}; returns the index of the next token to read. */
        int step(int i) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                return i + 1;
            }
            String lower = t.text().toLowerCase(Locale.ROOT);
            boolean capitalized = t.isCapitalized() || (Character.isDigit(t.text().charAt(0)) && t.isAllCaps());
            if (capitalized && !WordLists.NEVER_NAMES.contains(t.text())) {
                int[] match = kbMatch(i);
                if (match != null) {
                    return knownName(i, match[0], kbSurfaces(i, match[0]));
                }
            }
            int titleLength = titles.match(tokens, i, kb);
            if (titleLength > 0 && (t.isCapitalized() || modifierBefore(i) != null)) {
                return title(i, titleLength);
            }
            if (WordLists.PERSONAL_PRONOUNS.contains(lower)) {
                deferred.add(new int[] {i, 0});
                return i + 1;
            }
            if (WordLists.NOMINAL_HEADS.contains(lower) && definiteBefore(i)) {
                deferred.add(new int[] {i, 1});
                return i + 1;
            }
            if (t.isCapitalized() && !WordLists.NEVER_NAMES.contains(t.text())) {
                return capitalizedName(i, null, null);
            }
            return i + 1;
        }

        // ---- names the knowledge base knows

        int[] kbMatch(int i) {
            int max = Math.min(kb.maxSurfaceTokens(), tokens.size() - i);
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

        List<Surface> kbSurfaces(int i, int len) {
            return kb.lookup(tokens, i, i + len);
        }

        int knownName(int i, int len, List<Surface> surfaces) {
            Surface surface = surfaces.get(0);
            for (Surface s : surfaces) {
                if (s.entry().current() && !surface.entry().current()) {
                    surface = s;
                }
            }
            ActorEntry entry = surface.entry();
            Form form = surface.demonym() ? Form.DEMONYM : Form.NAME;
            int end = i + len;
            boolean countryBody = (entry.type() == ActorType.COUNTRY && end < tokens.size()
                    && WordLists.ORGANIZATION_WORDS.contains(tokens.get(end).text()));
            if ((surface.demonym() || countryBody) && end < tokens.size() && tokens.get(end).isWord() && tokens.get(end).isCapitalized()
                    && !WordLists.NEVER_NAMES.contains(tokens.get(end).text()) && kbMatch(end) == null
                    && titles.match(tokens, end, kb) == 0) {
                return capitalizedName(i, null, null, null, true);
            }
            if (entry.type() == ActorType.LOCATION && "capital".equals(entry.role()) && agentive(i, end)) {
                Optional<ActorEntry> state = kb.country(entry.country());
                if (state.isPresent()) {
                    entry = state.get();
                    form = Form.METONYM;
                }
            }
            emit(i, end, MentionKind.NAME, form, entry);
            appositionBefore(i, entry);
            administrationAfter(end, entry);
            groupAfter(end, entry);
            return end;
        }

        /** A capital is its state when it acts: "Moscow's objectives", "Moscow publicly espouses". */
        boolean agentive(int from, int to) {
            if (from > 0 && WordLists.LOCATIVE_WORDS.contains(tokens.get(from - 1).text().toLowerCase(Locale.ROOT))) {
                return false;
            }
            if (to < tokens.size() && tokens.get(to).isPossessiveMarker()) {
                return true;
            }
            for (int k = to; k < Math.min(tokens.size(), to + 2); k++) {
                String tag = sentence.tag(k);
                if (tag.equals("VERB") || tag.equals("AUX")) {
                    return true;
                }
                if (!tag.equals("ADV")) {
                    return false;
                }
            }
            return false;
        }

        /** "Trump's administration" / "Putin's government" is that person's government. */
        void administrationAfter(int end, ActorEntry person) {
            if (person.type() != ActorType.PERSON || person.cameo() == null || !person.cameo().endsWith("GOV")) {
                return;
            }
            int k = end;
            if (k < tokens.size() && tokens.get(k).isPossessiveMarker()) {
                k++;
            }
            if (k < tokens.size()) {
                String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
                if (w.equals("administration") || w.equals("government")) {
                    int at = k;
                    kb.government(person.country()).ifPresent(gov -> emitSpan(tokens.get(at).start(),
                            tokens.get(at).end(), MentionKind.NOMINAL, Form.NOMINAL, gov, at, at + 1));
                }
            }
        }

        /** "NATO officials", "a senior NATO official": the organisation speaks through them. */
        void groupAfter(int end, ActorEntry entry) {
            if (entry.type() == ActorType.PERSON) {
                return;
            }
            for (int k = end; k < Math.min(tokens.size(), end + 3); k++) {
                Token t = tokens.get(k);
                if (!t.isWord() || t.isCapitalized()) {
                    return;
                }
                String w = t.text().toLowerCase(Locale.ROOT);
                if (WordLists.NOMINAL_HEADS.contains(w)) {
                    link(entry, w);
                    return;
                }
                if (WordLists.GROUP_HEADS.contains(w)) {
                    link(entry, w.substring(0, w.length() - 1));
                    return;
                }
            }
        }

        /** "Trump's envoy, Steve Witkoff": the role noun before the comma names the person after it. */
        void appositionBefore(int i, ActorEntry entry) {
            if (i < 2 || entry.type() != ActorType.PERSON || !tokens.get(i - 1).text().equals(",")) {
                return;
            }
            Token head = tokens.get(i - 2);
            String w = head.text().toLowerCase(Locale.ROOT);
            if (WordLists.NOMINAL_HEADS.contains(w)) {
                link(entry, w);
                emitSpan(head.start(), head.end(), MentionKind.NOMINAL, Form.NOMINAL, entry, i - 2, i - 1);
            }
        }

        // ---- titles

        /** The country or organisation a title belongs to: "Russian President", "Ukraine's Foreign Minister". */
        ActorEntry modifierBefore(int i) {
            if (last == null || last.sentence() != sentenceIndex) {
                return null;
            }
            boolean adjacent = last.endToken() == i
                    || (last.endToken() == i - 1 && tokens.get(i - 1).isPossessiveMarker());
            if (!adjacent) {
                return null;
            }
            ActorType type = last.actor().type();
            return type == ActorType.COUNTRY || type == ActorType.ORGANIZATION ? last.actor() : null;
        }

        int title(int i, int length) {
            ActorEntry modifier = modifierBefore(i);
            int j = i + length;
            String head = RoleTitles.head(text(i, j));
            // stacked titles: "Prime Minister Lord Grenville", "Emperor and King Franz Joseph"
            while (j < tokens.size()) {
                int k = tokens.get(j).text().equals("and") ? j + 1 : j;
                int more = k < tokens.size() && tokens.get(k).isCapitalized() ? titles.match(tokens, k, kb) : 0;
                if (more == 0) {
                    break;
                }
                j = k + more;
            }
            String title = text(i, j);
            // "General de Meza": a name may open with a particle
            int nameStart = j;
            if (j + 1 < tokens.size() && WordLists.NAME_PARTICLES.contains(tokens.get(j).text())
                    && tokens.get(j + 1).isCapitalized() && tokens.get(j + 1).isWord()) {
                j++;
            }
            if (j < tokens.size() && tokens.get(j).isCapitalized() && tokens.get(j).isWord()
                    && !WordLists.NEVER_NAMES.contains(tokens.get(j).text())) {
                if (nameStart < j) {
                    String role = modifier == null ? title : text(last.firstToken(), nameStart);
                    return capitalizedName(nameStart, role, modifier == null ? null : modifier.country(), head);
                }
                int[] match = kbMatch(j);
                if (match != null) {
                    List<Surface> surfaces = kbSurfaces(j, match[0]);
                    if (surfaces.get(0).entry().type() == ActorType.PERSON) {
                        link(surfaces.get(0).entry(), head);
                        return knownName(j, match[0], surfaces);
                    }
                    return j;
                }
                String role = modifier == null ? title : text(last.firstToken(), j);
                return capitalizedName(j, role, modifier == null ? null : modifier.country(), head);
            }
            // a title alone: the holder, when the country or organisation says which one
            String key = title.toLowerCase(Locale.ROOT);
            if (modifier != null) {
                ActorEntry holder = holder(key, modifier);
                if (holder != null) {
                    emit(i, j, MentionKind.NOMINAL, Form.NOMINAL, holder);
                    return j;
                }
            }
            if (definiteBefore(i) && WordLists.NOMINAL_HEADS.contains(head)) {
                deferred.add(new int[] {j - 1, 1});
            }
            return j;
        }

        ActorEntry holder(String titleKey, ActorEntry modifier) {
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

        // ---- capitalised names the knowledge base does not know

        int capitalizedName(int i, String role, String country) {
            return capitalizedName(i, role, country, null, false);
        }

        int capitalizedName(int i, String role, String country, String titleHead) {
            return capitalizedName(i, role, country, titleHead, false);
        }

        /**
         * A run of capitalised words that is one name. It ends where a known name or a title starts ("Rubio
         * Ukraine's" is two actors) unless a prefix or an "of" binds them ("Northern Ireland", "Gulf of Mexico").
         */
        int capitalizedName(int i, String role, String country, String titleHead, boolean joinsKnown) {
            boolean titled = role != null;
            boolean atStart = !titled && startsSentence(i);
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
                if (ROMAN.contains(t.text())) {
                    j++;
                    continue;
                }
                boolean particle = WordLists.NAME_PARTICLES.contains(t.text()) && j + 1 < tokens.size()
                        && tokens.get(j + 1).isCapitalized() && tokens.get(j + 1).isWord();
                if (!(t.isWord() && t.isCapitalized()) && !particle) {
                    break;
                }
                if (WordLists.NEVER_NAMES.contains(t.text()) || (!absorbKnown && kbMatch(j) != null)
                        || titles.match(tokens, j, kb) > 0) {
                    break;
                }
                j++;
            }
            int head = j - 1;
            while (head > i && ROMAN.contains(tokens.get(head).text())) {
                head--; // "World War II"
            }
            if (WordLists.NON_ACTOR_HEADS.contains(tokens.get(head).text())) {
                return j;
            }
            if (!titled && (workTitle(i, j) || eventName(i))) {
                workTitles.add(new Resolution.Span(tokens.get(i).start(), tokens.get(j - 1).end()));
                return j;
            }
            if (j - i == 1 && splitHyphenated(i)) {
                return j;
            }
            ActorEntry entry = j - i == 1 && !ROMAN.contains(tokens.get(i).text())
                    ? bySurname(tokens.get(i).text()) : null; // "III" is no one's surname
            if (atStart && entry == null && j - i == 1 && !looksLikeName(tokens.get(i))) {
                return j;
            }
            if (entry == null && j - i == 1 && !titled && (adjectival(i) || notAName(tokens.get(i).text()))) {
                return j;
            }
            if (entry == null) {
                String name = text(i, j);
                String id = Slugs.of(name);
                entry = context.find(id).map(this::fromContext).orElse(null);
                if (entry == null) {
                    entry = findSeen(id);
                }
                if (entry == null) {
                    ActorType type = UnknownNameTyper.type(tokens, i, j, name, titled, coordinatedType(i, j));
                    entry = new ActorEntry(id, name, type, type == ActorType.PERSON ? country : null,
                            type == ActorType.PERSON ? role : null, null, List.of(), List.of(), null, null,
                            INFERRED);
                }
            }
            if (titleHead != null) {
                link(entry, titleHead);
            }
            emit(i, j, MentionKind.NAME, Form.NAME, entry);
            appositionBefore(i, entry);
            administrationAfter(j, entry);
            groupAfter(j, entry);
            return j;
        }

        /** "Russia-Ukraine": two known names joined by a hyphen are two mentions. */
        boolean splitHyphenated(int i) {
            Token t = tokens.get(i);
            if (t.text().indexOf('-') < 0) {
                return false;
            }
            String[] parts = t.text().split("-");
            List<ActorEntry> found = new ArrayList<>();
            for (String part : parts) {
                List<Token> one = List.of(new Token(0, 0, part.length(), part));
                List<Surface> surfaces = part.isEmpty() ? List.of() : kb.lookup(one, 0, 1);
                if (surfaces.isEmpty()) {
                    return false;
                }
                found.add(surfaces.get(0).entry());
            }
            int offset = t.start();
            for (int p = 0; p < parts.length; p++) {
                emitSpan(offset, offset + parts[p].length(), MentionKind.NAME, Form.NAME, found.get(p), i, i + 1);
                offset += parts[p].length() + 1;
            }
            return true;
        }

        /** "Germanic tribes", "the Phoenicians": nationality and group words, not actors. */
        /**
         * A lone word that names no one: a people or faith ("Kurds", "Jews"), a bare place word ("the River"),
         * a Roman numeral ("year III").
         */
        boolean notAName(String word) {
            return WordLists.PEOPLES.contains(word) || WordLists.LOCATION_WORDS.contains(word)
                    || ROMAN.contains(word);
        }

        boolean adjectival(int i) {
            String word = tokens.get(i).text();
            String lower = word.toLowerCase(Locale.ROOT);
            if (names.placePopulation(word) >= 0) {
                return false;
            }
            if (lower.endsWith("ians") || lower.endsWith("eans")) {
                return true;
            }
            for (String ending : WordLists.ADJECTIVE_ENDINGS) {
                if (lower.endsWith(ending)) {
                    return !"PROPN".equals(sentence.tag(i)) || beforeNoun(i);
                }
            }
            // "Canaanite city", "Achaemenid army", "Alpine runoff"
            for (String ending : WordLists.MODIFIER_ENDINGS) {
                if (lower.endsWith(ending)) {
                    return beforeNoun(i);
                }
            }
            return false;
        }

        /** A lower-case common noun follows (asks the part-of-speech tagger only when the word may be one). */
        boolean beforeNoun(int i) {
            return i + 1 < tokens.size() && tokens.get(i + 1).isWord() && !tokens.get(i + 1).isCapitalized()
                    && "NOUN".equals(sentence.tag(i + 1));
        }

        /**
         * The title of a work, not an actor: right after a word such as "film" or "album" ("the 2012 film The
         * Five-Year Engagement"), alone inside quotation marks ("Shaky Ground"), or opening with a capitalised
         * article inside a sentence ("sales of The Power of Now"), unless organisation or place words say otherwise.
         */
        boolean workTitle(int i, int j) {
            for (int k = i; k < j; k++) {
                String w = tokens.get(k).text();
                if (WordLists.ORGANIZATION_WORDS.contains(w) || WordLists.LOCATION_WORDS.contains(w)) {
                    return false;
                }
            }
            if (names.placePopulation(text(i, j)) >= 0) {
                return false;
            }
            int b = i - 1;
            if (b >= 1 && tokens.get(b).text().equals(",")) {
                b--;
            }
            if (b >= 0 && WordLists.WORK_NOUNS.contains(tokens.get(b).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (i > 0 && j < tokens.size() && isQuote(tokens.get(i - 1))) {
                Token after = tokens.get(j);
                if (isQuote(after) || ((after.text().equals(",") || after.text().equals("."))
                        && j + 1 < tokens.size() && isQuote(tokens.get(j + 1)))) {
                    return true;
                }
            }
            String first = tokens.get(i).text();
            return j - i > 1 && (first.equals("The") || first.equals("A") || first.equals("An"))
                    && !startsSentence(i);
        }

        /** The rest of an event's or a document's name: "the Treaty of Nanking", "the Reign of Terror". */
        boolean eventName(int i) {
            if (i < 2 || !tokens.get(i - 1).text().equals("of")) {
                return false;
            }
            String head = tokens.get(i - 2).text();
            return WordLists.NON_ACTOR_HEADS.contains(head) && !WordLists.PLACE_EVENT_HEADS.contains(head);
        }

        boolean isQuote(Token t) {
            return t.text().equals("\"") || t.text().equals("'");
        }

        /** Type of the name this one is coordinated with: "Kentucky and Indiana", "Sweden, Norway". */
        ActorType coordinatedType(int i, int j) {
            if (last == null || last.sentence() != sentenceIndex || i < 2) {
                return null;
            }
            String joint = tokens.get(i - 1).text().toLowerCase(Locale.ROOT);
            if (last.endToken() != i - 1) {
                return null;
            }
            if (joint.equals(",") && j < tokens.size()) {
                // "Kentucky, Indiana and Ohio" is a list; "According to the Testament, Paul spent" is not
                String tag = sentence.tag(j);
                if (tag.equals("VERB") || tag.equals("AUX")) {
                    return null;
                }
            }
            boolean joined = joint.equals("and") || joint.equals("or") || joint.equals(",");
            return joined && last.endToken() == i - 1 ? last.actor().type() : null;
        }

        /** A capitalised word opening a sentence is a name only if it is not common vocabulary. */
        boolean looksLikeName(Token t) {
            String lower = t.text().toLowerCase(Locale.ROOT);
            if (commonWord.test(lower) || lower.endsWith("ism") || lower.endsWith("tion") || lower.endsWith("ness")
                    || lower.endsWith("ment") || lower.endsWith("ity") || lower.endsWith("ly")
                    || lower.endsWith("ing") || lower.endsWith("ed")) {
                return false;
            }
            int next = t.index() + 1;
            if (names.commonWord(lower)) {
                // a dictionary word ("Trade was developed") unless it speaks ("Bush said")
                return next < tokens.size()
                        && WordLists.SPEECH_VERBS.contains(tokens.get(next).text().toLowerCase(Locale.ROOT));
            }
            if ("PROPN".equals(sentence.tag(t.index()))) {
                return true;
            }
            // an unfamiliar word that owns something or does something: "Hitchcock's films", "Hitchcock preferred",
            // "Wright was born"
            String nextTag = next < tokens.size() ? sentence.tag(next) : "";
            return next < tokens.size() && !lower.endsWith("s") && (tokens.get(next).isPossessiveMarker()
                    || nextTag.equals("VERB") || nextTag.equals("AUX"));
        }

        /** A lone surname: someone this paragraph or article already named, else a unique known person. */
        ActorEntry bySurname(String word) {
            for (int k = seen.size() - 1; k >= 0; k--) {
                ActorEntry e = seen.get(k);
                if (e.type() == ActorType.PERSON && e.name().endsWith(" " + word)) {
                    return e;
                }
            }
            Optional<ArticleContext.Remembered> remembered = context.findBySurname(word);
            if (remembered.isPresent()) {
                return fromContext(remembered.get());
            }
            List<ActorEntry> people = kb.bySurname(word);
            List<ActorEntry> current = people.stream().filter(ActorEntry::current).toList();
            if (current.size() == 1) {
                return current.get(0);
            }
            return people.size() == 1 ? people.get(0) : null;
        }

        // ---- role nouns and pronouns, resolved once the whole sentence is read

        void resolveDeferred() {
            for (int[] d : deferred) {
                int i = d[0];
                Token t = tokens.get(i);
                ActorEntry target = d[1] == 0 ? antecedent(i) : roleNounTarget(t.text().toLowerCase(Locale.ROOT), i);
                if (target != null) {
                    emitSpan(t.start(), t.end(), d[1] == 0 ? MentionKind.PRONOUN : MentionKind.NOMINAL,
                            d[1] == 0 ? Form.PRONOUN : Form.NOMINAL, target, i, i + 1);
                }
            }
        }

        /** He/his: the first person named earlier in this sentence, else in the last sentence that named one. */
        ActorEntry antecedent(int i) {
            for (int s = sentenceIndex; s >= 0; s--) {
                for (ResolvedMention m : mentions) {
                    if (m.sentence() == s && m.actor().type() == ActorType.PERSON && m.kind() == MentionKind.NAME
                            && (s < sentenceIndex || m.endToken() <= i)) {
                        return m.actor();
                    }
                }
            }
            return context.lastPerson().map(this::fromContext).orElse(null);
        }

        /** "the envoy": a person named later in the sentence with that role, else the last actor so called. */
        ActorEntry roleNounTarget(String head, int i) {
            for (ResolvedMention m : mentions) {
                if (m.sentence() == sentenceIndex && m.firstToken() > i && m.kind() == MentionKind.NAME
                        && m.actor().type() == ActorType.PERSON && hasRole(m.actor(), head)) {
                    return m.actor();
                }
            }
            for (int k = seen.size() - 1; k >= 0; k--) {
                ActorEntry e = seen.get(k);
                if (roleNouns.getOrDefault(e.id(), Set.of()).contains(head)) {
                    return e;
                }
            }
            Optional<ArticleContext.Remembered> r = context.findByNominal(head);
            if (r.isPresent()) {
                return fromContext(r.get());
            }
            for (int k = seen.size() - 1; k >= 0; k--) {
                if (seen.get(k).type() == ActorType.PERSON && hasRole(seen.get(k), head)) {
                    return seen.get(k);
                }
            }
            return null;
        }

        boolean hasRole(ActorEntry e, String head) {
            for (String title : e.titles()) {
                if (RoleTitles.head(title).equals(head)) {
                    return true;
                }
            }
            return e.role() != null && e.role().toLowerCase(Locale.ROOT).contains(head);
        }

        // ---- utilities

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
                    r.cameo(), List.of(), List.of(), null, null, INFERRED));
        }

        ResolvedMention emit(int from, int to, MentionKind kind, Form form, ActorEntry entry) {
            ResolvedMention m = emitSpan(tokens.get(from).start(), tokens.get(to - 1).end(), kind, form, entry,
                    from, to);
            if (kind == MentionKind.NAME) {
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
}
