package org.newsflow.enrich.engine.kb;

import org.newsflow.enrich.engine.model.ActorType;
import org.newsflow.enrich.engine.nlp.Token;
import org.newsflow.enrich.engine.nlp.Tokenizer;
import org.newsflow.enrich.engine.nlp.TypographyNormalizer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The actors the engine can resolve names to, with their surface forms indexed by token sequence.
 *
 * <p>Thread-safe. Readers use an immutable index snapshot; {@link #put} and {@link #remove} rebuild it, which
 * takes milliseconds: fine for the rate at which a reference topic changes. Use {@link #putAll} for bulk loads.
 */
public final class KnowledgeBase {

    private static final Tokenizer TOKENIZER = new Tokenizer();
    /** The source of the bulk list of legislators (see {@code us-officials.tsv}). */
    static final String BULK_PEOPLE_SOURCE = "congress-legislators";

    private final Map<String, ActorEntry> entries = new LinkedHashMap<>();
    private final Set<String> demonyms;
    private final OfficeTerms offices;
    private volatile Index index;

    public KnowledgeBase(Collection<ActorEntry> entries, Collection<String> demonyms) {
        this(entries, demonyms, OfficeTerms.none());
    }

    public KnowledgeBase(Collection<ActorEntry> entries, Collection<String> demonyms, OfficeTerms offices) {
        this.offices = offices;
        this.demonyms = new HashSet<>();
        demonyms.forEach(d -> this.demonyms.add(key(d)));
        entries.forEach(e -> this.entries.put(e.id(), e));
        this.index = new Index(this.entries.values(), this.demonyms);
    }

    /** The bundled data files ({@code org/newsflow/enrich/kb/*.tsv}). */
    public static KnowledgeBase bundled() {
        return BundledKnowledge.load();
    }

    public synchronized void put(ActorEntry entry) {
        entries.put(entry.id(), entry);
        index = new Index(entries.values(), demonyms);
    }

    public synchronized void putAll(Collection<ActorEntry> batch) {
        batch.forEach(e -> entries.put(e.id(), e));
        index = new Index(entries.values(), demonyms);
    }

    public synchronized boolean remove(String id) {
        boolean removed = entries.remove(id) != null;
        if (removed) {
            index = new Index(entries.values(), demonyms);
        }
        return removed;
    }

    public Optional<ActorEntry> get(String id) {
        return Optional.ofNullable(index.byId.get(id));
    }

    /** Every entry, in load order: the streaming app seeds its reference topic from this. */
    public List<ActorEntry> entries() {
        return List.copyOf(index.byId.values());
    }

    public int size() {
        return index.byId.size();
    }

    /** Longest surface form in tokens; bounds the gazetteer's look-ahead. */
    public int maxSurfaceTokens() {
        return index.maxTokens;
    }

    /**
     * Longest surface form, in tokens, that starts with the token at {@code from}; 0 when none does. One hash
     * look-up, so that a knowledge base of tens of thousands of names costs no more per word than a small one.
     */
    public int maxSurfaceTokens(List<Token> tokens, int from) {
        String word = tokens.get(from).text();
        Integer max = index.firstWords.get(word.toLowerCase(Locale.ROOT));
        if (max == null && dottedInitials(word)
                && index.firstWords.containsKey(undotted(word).toLowerCase(Locale.ROOT))) {
            return 1; // "F.B.I." is looked up as "FBI", one token
        }
        return max == null ? 0 : max;
    }

    /** Initials written with periods, as some papers write every acronym ("F.B.I.", "N.F.L."). */
    private static final Pattern DOTTED_INITIALS = Pattern.compile("(\\p{Lu}\\.){2,}");

    private static boolean dottedInitials(String word) {
        return word.length() >= 4 && word.charAt(1) == '.' && DOTTED_INITIALS.matcher(word).matches();
    }

    private static String undotted(String initials) {
        return initials.replace(".", "");
    }

    /** Dated office terms: who held an office on a given day. */
    public OfficeTerms offices() {
        return offices;
    }

    /** Entries that carry {@code title} (current or former), for holders by date. */
    public List<ActorEntry> byTitleAnyTime(String title) {
        return index.allTitles.getOrDefault(key(title), List.of());
    }

    /** Entries whose name or alias is exactly these tokens (compared case-insensitively, acronyms exactly). */
    public List<Surface> lookup(List<Token> tokens, int from, int to) {
        List<Surface> found = index.surfaces.get(key(tokens, from, to));
        String text = null;
        if (found == null && to - from == 1 && dottedInitials(tokens.get(from).text())) {
            text = undotted(tokens.get(from).text()); // "F.B.I." is "FBI"
            found = index.surfaces.get(text.toLowerCase(Locale.ROOT));
        }
        if (found == null) {
            return List.of();
        }
        if (text == null) {
            text = text(tokens, from, to);
        }
        List<Surface> result = new ArrayList<>(found.size());
        for (Surface s : found) {
            if (s.exactCase() ? s.text().equals(text)
                    : s.entry().type() != ActorType.ORGANIZATION || capitalsKept(s.text(), text)) {
                result.add(s);
            }
        }
        return result;
    }

    /**
     * Whether a capitalised text writes no word of an organisation's name in lower case that the name
     * capitalises: "Leeds city centre" does not name "Leeds City", a football club, though "LEEDS CITY" would (a
     * place's name is often written so: "the Gaza strip").
     */
    private static boolean capitalsKept(String surface, String text) {
        if (surface.length() != text.length() || !Character.isUpperCase(text.charAt(0))) {
            return true;
        }
        for (int k = 1; k < text.length(); k++) {
            if (text.charAt(k - 1) == ' ' && Character.isLowerCase(text.charAt(k))
                    && Character.isUpperCase(surface.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Known people whose last name is {@code surname}. */
    public List<ActorEntry> bySurname(String surname) {
        return index.surnames.getOrDefault(surname.toLowerCase(Locale.ROOT), List.of());
    }

    /**
     * People of the bulk lists (legislators, past presidents) whose last name is {@code surname}: for a resolver
     * that knows the word names no place, thing or given name ("Hickenlooper", not "Lee" or "Cleveland").
     */
    public List<ActorEntry> byListedSurname(String surname) {
        return index.listedSurnames.getOrDefault(surname.toLowerCase(Locale.ROOT), List.of());
    }

    /** Current holders of a title ("foreign minister"), any country. */
    public List<ActorEntry> byTitle(String title) {
        return index.titles.getOrDefault(title.toLowerCase(Locale.ROOT), List.of());
    }

    /** Whether some current holder's title starts with this lower-case word: a cheap test before {@link #isTitle}. */
    public boolean mayStartTitle(String lowerWord) {
        return index.titleStarts.contains(lowerWord);
    }

    /** Whether some current holder has this title: lets a resolver recognise a title before a name. */
    public boolean isTitle(String title) {
        return index.titles.containsKey(title.toLowerCase(Locale.ROOT));
    }

    /** The COUNTRY entry for an ISO alpha-3 code. */
    public Optional<ActorEntry> country(String iso3) {
        return Optional.ofNullable(iso3 == null ? null : index.countries.get(iso3));
    }

    /** The government of a country (an ORGANIZATION whose role is "Government"), for "Trump's administration". */
    public Optional<ActorEntry> government(String iso3) {
        return Optional.ofNullable(iso3 == null ? null : index.governments.get(iso3));
    }

    public boolean isDemonym(String word) {
        return demonyms.contains(key(word));
    }

    static String key(String surface) {
        List<Token> tokens = TOKENIZER.tokenize(TypographyNormalizer.normalize(surface), 0, surface.length());
        return key(tokens, 0, tokens.size());
    }

    private static String key(List<Token> tokens, int from, int to) {
        return text(tokens, from, to).toLowerCase(Locale.ROOT);
    }

    private static String text(List<Token> tokens, int from, int to) {
        if (to - from == 1) {
            return tokens.get(from).text();
        }
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                b.append(' ');
            }
            b.append(tokens.get(i).text());
        }
        return b.toString();
    }

    /** An immutable view of the entries, rebuilt on every change. */
    private static final class Index {
        final Map<String, ActorEntry> byId = new LinkedHashMap<>();
        final Map<String, List<Surface>> surfaces = new HashMap<>();
        final Map<String, List<ActorEntry>> surnames = new HashMap<>();
        /** Surnames of the people of the bulk lists, for words that can be nothing but a surname. */
        final Map<String, List<ActorEntry>> listedSurnames = new HashMap<>();
        final Map<String, List<ActorEntry>> titles = new HashMap<>();
        /** First words of {@link #titles}. */
        final Set<String> titleStarts = new HashSet<>();
        final Map<String, List<ActorEntry>> allTitles = new HashMap<>();
        final Map<String, Integer> firstWords = new HashMap<>();
        final Map<String, ActorEntry> countries = new HashMap<>();
        final Map<String, ActorEntry> governments = new HashMap<>();
        int maxTokens = 1;

        Index(Collection<ActorEntry> entries, Set<String> demonyms) {
            for (ActorEntry e : entries) {
                byId.put(e.id(), e);
                addSurface(e, e.name(), demonyms);
                e.aliases().forEach(a -> addSurface(e, a, demonyms));
                if (e.type() == ActorType.PERSON) {
                    String[] words = e.name().split(" ");
                    if (words.length > 1) {
                        (surnameAlone(e) ? surnames : listedSurnames).computeIfAbsent(
                                words[words.length - 1].toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(e);
                    }
                }
                if (e.current()) {
                    e.titles().forEach(t -> titles.computeIfAbsent(key(t), k -> new ArrayList<>()).add(e));
                }
                e.titles().forEach(t -> allTitles.computeIfAbsent(key(t), k -> new ArrayList<>()).add(e));
                if (e.type() == ActorType.COUNTRY && e.country() != null) {
                    countries.putIfAbsent(e.country(), e);
                }
                if (e.type() == ActorType.ORGANIZATION && e.country() != null && "Government".equals(e.role())) {
                    governments.putIfAbsent(e.country(), e);
                }
            }
            titles.keySet().forEach(t -> titleStarts.add(t.split(" ", 2)[0]));
            // a person known by name beats an alias collision; countries beat cities of the same name
            surfaces.values().forEach(list -> list.sort(Comparator.comparing(s -> s.entry().type())));
        }

        private void addSurface(ActorEntry e, String raw, Set<String> demonyms) {
            String surface = raw.strip();
            if (surface.regionMatches(true, 0, "the ", 0, 4)) {
                surface = surface.substring(4);
            }
            String normalized = TypographyNormalizer.normalize(surface);
            List<Token> tokens = TOKENIZER.tokenize(normalized, 0, normalized.length());
            if (tokens.isEmpty()) {
                return;
            }
            String k = key(tokens, 0, tokens.size());
            boolean acronym = tokens.size() == 1 && tokens.get(0).isAllCaps() && tokens.get(0).text().length() <= 4;
            boolean demonym = e.type() != ActorType.PERSON && demonyms.contains(k);
            List<Surface> list = surfaces.computeIfAbsent(k, x -> new ArrayList<>(1));
            Surface added = new Surface(e, text(tokens, 0, tokens.size()), acronym, demonym);
            for (int n = 0; n < list.size(); n++) {
                if (list.get(n).entry().id().equals(e.id())) {
                    if (lowerCaseLetters(added.text()) > lowerCaseLetters(list.get(n).text())) {
                        list.set(n, added); // an alias in lower case ("NATO-Ukraine council") allows that form
                    }
                    return;
                }
            }
            list.add(added);
            maxTokens = Math.max(maxTokens, tokens.size());
            firstWords.merge(tokens.get(0).text().toLowerCase(Locale.ROOT), tokens.size(), Math::max);
        }

        private static long lowerCaseLetters(String text) {
            return text.chars().filter(Character::isLowerCase).count();
        }

        /**
         * Whether a lone surname may name this person before the article has: true for the office holders news
         * call by surname ("Putin"), false for the hundreds of legislators and past presidents of the bulk
         * lists, whose surnames would otherwise claim every "Lee", "Scott" or "Cleveland" in the text.
         */
        private static boolean surnameAlone(ActorEntry e) {
            return e.source() == null || !e.source().contains(BULK_PEOPLE_SOURCE);
        }
    }
}
