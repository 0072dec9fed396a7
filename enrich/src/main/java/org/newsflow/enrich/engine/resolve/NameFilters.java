package org.newsflow.enrich.engine.resolve;

import org.newsflow.enrich.engine.nlp.Sentence;
import org.newsflow.enrich.engine.nlp.Token;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Tells a capitalised word or run that names no actor from one that does: common words opening a sentence,
 * adjectives of nationality, peoples, the titles of works and the names of events.
 */
final class NameFilters {

    private final Predicate<String> commonWord;
    private final NameData names;

    NameFilters(Predicate<String> commonWord, NameData names) {
        this.commonWord = commonWord;
        this.names = names;
    }

    /**
     * A lone word that names no one: a people or faith ("Kurds", "Jews"), a bare place word ("the River"),
     * a Roman numeral ("year III"), a lone initial ("P", "P."), a party member's word ("Tory"), a legislator's party
     * and state ("R-Ohio").
     */
    static boolean notAName(String word) {
        return WordLists.PEOPLES.contains(word) || WordLists.PARTY_MEMBERS.contains(word)
                || PARTY_AND_STATE.matcher(word).matches() || WordLists.LOCATION_WORDS.contains(word)
                || WordLists.ROMAN.contains(word) || loneInitial(word) || contraction(word);
    }

    /** A U.S. legislator's party and state after the name: "R-Ohio", "D-N.Y.", "I-Vt.". */
    private static final Pattern PARTY_AND_STATE = Pattern.compile("[RDI]-\\p{Lu}[\\p{L}.]*");

    /** "You're", "They've", "I'll", "Don't": a pronoun or verb with its clitic, never a name. */
    static boolean contraction(String word) {
        int apostrophe = Math.max(word.lastIndexOf('\''), word.lastIndexOf('\u2019'));
        if (apostrophe <= 0) {
            return false;
        }
        String clitic = word.substring(apostrophe + 1);
        return clitic.equals("re") || clitic.equals("ve") || clitic.equals("ll") || clitic.equals("d")
                || clitic.equals("m") || clitic.equals("t") && word.charAt(apostrophe - 1) == 'n';
    }

    /** A word inside a social-media handle or address: "@Jim_Jordan", "Raul_Labrador". */
    static boolean insideHandle(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (i > 0) {
            Token before = tokens.get(i - 1);
            if (before.end() == t.start() && (before.text().endsWith("@") || before.text().endsWith("_")
                    || before.text().endsWith("#"))) {
                return true;
            }
        }
        return i + 1 < tokens.size() && tokens.get(i + 1).start() == t.end() && tokens.get(i + 1).text().startsWith("_");
    }

    /** A month's abbreviation next to a number: "30 Jun 2016", "Jun 30" (but "Jan Egeland" is a name). */
    static boolean dateAbbreviation(List<Token> tokens, int i) {
        if (!WordLists.MONTH_ABBREVIATIONS.contains(tokens.get(i).text())) {
            return false;
        }
        return i > 0 && Character.isDigit(tokens.get(i - 1).text().charAt(0))
                || i + 1 < tokens.size() && Character.isDigit(tokens.get(i + 1).text().charAt(0));
    }

    private static boolean loneInitial(String word) {
        int letters = word.endsWith(".") ? word.length() - 1 : word.length();
        return letters == 1 && Character.isLetter(word.charAt(0));
    }

    /** A word that running text writes in lower case inside a sentence ("Young", "Warren" are; "Netanyahu" is not). */
    boolean commonWord(String word) {
        return names.commonWord(word.toLowerCase(Locale.ROOT));
    }

    /**
     * "Prime Minister Theresa May", "Brian May said": a month right after a given name is the surname unless a
     * number follows it ("Sunday May 5", "in April May rose" are no names).
     */
    boolean monthAsSurname(List<Token> tokens, int given) {
        int month = given + 1;
        return month < tokens.size() && WordLists.MONTHS.contains(tokens.get(month).text())
                && !WordLists.MONTHS.contains(tokens.get(given).text()) && givenName(tokens.get(given).text()) > 0
                && (month + 1 >= tokens.size() || !Character.isDigit(tokens.get(month + 1).text().charAt(0)));
    }

    /** A word that is no common word, given name or place: "Hickenlooper", not "Scott", "Warren" or "Lincoln". */
    boolean onlyASurname(String word) {
        return word.length() > 3 && !commonWord(word) && names.givenName(word) == 0 && !knownPlace(word);
    }

    /** How many people the census and birth records give this first name (0 when none). */
    int givenName(String word) {
        return names.givenName(word);
    }

    /** A place the gazetteer knows. */
    boolean knownPlace(String word) {
        return names.placePopulation(word) >= 0;
    }

    /** A city of the gazetteer with at least 100,000 people, or a region: "Kharkiv", "Hunan". */
    boolean largePlace(String word) {
        return names.largePlace(word);
    }

    boolean adjectival(ParagraphState p, int i) {
        String word = p.tokens.get(i).text();
        String lower = word.toLowerCase(Locale.ROOT);
        if (names.placePopulation(word) >= 0) {
            return false;
        }
        if (lower.endsWith("ians") || lower.endsWith("eans")) {
            return true;
        }
        if (lower.endsWith("ans") && word.length() > 5 && knownPlace(word.substring(0, word.length() - 2))) {
            return true; // "Alaskans", "Arizonans": the people of a place
        }
        for (String ending : WordLists.ADJECTIVE_ENDINGS) {
            if (lower.endsWith(ending)) {
                return !"PROPN".equals(p.sentence.tag(i)) || beforeNoun(p, i);
            }
        }
        // "Canaanite city", "Achaemenid army", "Alpine runoff"
        for (String ending : WordLists.MODIFIER_ENDINGS) {
            if (lower.endsWith(ending)) {
                return beforeNoun(p, i) && !surnameBeforeItsNoun(p, i);
            }
        }
        return false;
    }

    /**
     * "the Reagan administration", "the Sullivan campaign": a census surname that is no English word, before a noun
     * that a person's name modifies, is the person, though it ends like a group adjective ("Canaanite city").
     */
    private boolean surnameBeforeItsNoun(ParagraphState p, int i) {
        String word = p.tokens.get(i).text();
        return p.tagger != null && p.tagger.censusSurname(word) && !commonWord(word)
                && WordLists.NOUNS_AFTER_A_PERSON.contains(p.tokens.get(i + 1).text());
    }

    /** A lower-case common noun follows (asks the part-of-speech tagger only when the word may be one). */
    private static boolean beforeNoun(ParagraphState p, int i) {
        List<Token> tokens = p.tokens;
        return i + 1 < tokens.size() && tokens.get(i + 1).isWord() && !tokens.get(i + 1).isCapitalized()
                && "NOUN".equals(p.sentence.tag(i + 1));
    }

    /**
     * The title of a work, not an actor: right after a word such as "film" or "album" ("the 2012 film The
     * Five-Year Engagement"), alone inside quotation marks ("Shaky Ground"), or opening with a capitalised
     * article inside a sentence ("sales of The Power of Now"), unless organisation or place words say otherwise.
     */
    boolean workTitle(ParagraphState p, int i, int j) {
        List<Token> tokens = p.tokens;
        for (int k = i; k < j; k++) {
            String w = tokens.get(k).text();
            if (WordLists.ORGANIZATION_WORDS.contains(w) || WordLists.LOCATION_WORDS.contains(w)) {
                return false;
            }
        }
        if (names.placePopulation(p.text(i, j)) >= 0) {
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
                && !p.startsSentence(i);
    }

    /**
     * The rest of an event's or a document's name: "the Treaty of Nanking", "the Reign of Terror", the "State of
     * the Union" address.
     */
    static boolean eventName(ParagraphState p, int i) {
        List<Token> tokens = p.tokens;
        if (i >= 3 && tokens.get(i).text().equals("Union") && tokens.get(i - 1).text().equals("the")
                && tokens.get(i - 2).text().equals("of") && tokens.get(i - 3).text().equals("State")) {
            return true;
        }
        if (i < 2 || !tokens.get(i - 1).text().equals("of")) {
            return false;
        }
        String head = tokens.get(i - 2).text();
        return WordLists.NON_ACTOR_HEADS.contains(head) && !WordLists.PLACE_EVENT_HEADS.contains(head);
    }

    private static boolean isQuote(Token t) {
        return t.text().equals("\"") || t.text().equals("'");
    }

    /** A capitalised word opening a sentence is a name only if it is not common vocabulary. */
    boolean looksLikeName(ParagraphState p, Token t) {
        List<Token> tokens = p.tokens;
        Sentence sentence = p.sentence;
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
}
