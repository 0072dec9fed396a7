package org.newsflow.enrich.engine.resolve;

import org.newsflow.enrich.engine.nlp.Token;

import java.util.List;
import java.util.Locale;

/**
 * People in a sentence that the name tagger passed over, by cues that news gives and its training text seldom
 * did: a speech verb or an age right after an unknown word, or a census surname inside a sentence. Each cue was
 * kept only where it measured better on held-out text (see enrich/README.md, *Name tagger*).
 */
final class MissedPeople {

    private final NameFilters filters;

    MissedPeople(NameFilters filters) {
        this.filters = filters;
    }

    /** Whether the lone capitalised word at {@code i}, which the tagger left out, is a person. */
    boolean isPerson(ParagraphState p, int i) {
        return speaker(p, i) || surnameInSentence(p, i);
    }

    /**
     * A lone capitalised word the tagger passed over that no dictionary knows, right before a speech verb or an
     * age: "..., Norquist said" after a quotation, where the tagger, having seen few quotations, hesitates, and
     * "Pritzker, 53, became".
     */
    private boolean speaker(ParagraphState p, int i) {
        List<Token> tokens = p.tokens;
        String word = tokens.get(i).text();
        boolean cue = i + 1 < tokens.size() && WordLists.SPEECH_VERBS.contains(tokens.get(i + 1).text())
                && !tokens.get(i + 1).text().equals("according") || agedApposition(tokens, i + 1);
        return cue && !tokens.get(i).isAllCaps() && word.length() > 2
                && (i == 0 || !tokens.get(i - 1).isCapitalized()
                        && !WordLists.LOCATIVE_WORDS.contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT)))
                && !filters.commonWord(word) && !NameFilters.notAName(word) && !filters.adjectival(p, i);
    }

    /**
     * A capitalised word inside a sentence that the tagger passed over, that no dictionary knows as a word and the
     * census knows as a surname, with no article before it: "mocked Maddow with", "blames LeGrier for", not
     * "the Santa of" or "a Saab".
     */
    private boolean surnameInSentence(ParagraphState p, int i) {
        List<Token> tokens = p.tokens;
        Token t = tokens.get(i);
        return p.tagger != null && !p.startsSentence(i) && !t.isAllCaps() && t.text().length() > 3
                && (i == 0 || !tokens.get(i - 1).isCapitalized()
                        && !WordLists.DETERMINERS.contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT)))
                && (i + 1 >= tokens.size() || !tokens.get(i + 1).isCapitalized())
                && p.tagger.censusSurname(t.text()) && !filters.commonWord(t.text())
                && !NameFilters.notAName(t.text()) && !filters.adjectival(p, i) && !filters.knownPlace(t.text());
    }

    /** ", 53," after a name: news gives a person's age in apposition. */
    private static boolean agedApposition(List<Token> tokens, int k) {
        return k + 2 < tokens.size() && tokens.get(k).text().equals(",") && tokens.get(k + 2).text().equals(",")
                && tokens.get(k + 1).text().matches("[1-9][0-9]?");
    }
}
