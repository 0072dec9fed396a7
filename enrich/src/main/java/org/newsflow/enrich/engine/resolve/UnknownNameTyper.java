package org.newsflow.enrich.engine.resolve;

import org.newsflow.enrich.engine.ActorType;
import org.newsflow.enrich.engine.nlp.Token;

import java.util.List;
import java.util.Locale;

/**
 * Types a capitalised name the knowledge base does not know, from the evidence around it: a title before it,
 * organisation or place words inside it, a preposition of place before it, a verb of saying after it.
 */
final class UnknownNameTyper {

    private UnknownNameTyper() {
    }

    static ActorType type(List<Token> tokens, int from, int to, boolean titled) {
        if (titled) {
            return ActorType.PERSON;
        }
        String last = tokens.get(to - 1).text();
        if (WordLists.ORGANIZATION_WORDS.contains(last)) {
            return ActorType.ORGANIZATION;
        }
        if (WordLists.LOCATION_WORDS.contains(last)) {
            return ActorType.LOCATION;
        }
        for (int i = from; i < to; i++) {
            String w = tokens.get(i).text();
            if (WordLists.ORGANIZATION_WORDS.contains(w)) {
                return ActorType.ORGANIZATION;
            }
            if (WordLists.LOCATION_WORDS.contains(w) && i == from) {
                return ActorType.LOCATION;
            }
        }
        if (to - from == 1 && tokens.get(from).isAllCaps() && tokens.get(from).text().length() >= 2) {
            return ActorType.ORGANIZATION;
        }
        String before = from > 0 ? lower(tokens.get(from - 1)) : "";
        String after = to < tokens.size() ? lower(tokens.get(to)) : "";
        String after2 = to + 1 < tokens.size() ? lower(tokens.get(to + 1)) : "";
        if (WordLists.SPEECH_VERBS.contains(after) || after.equals("who")
                || (after.equals(",") && (after2.equals("who") || WordLists.SPEECH_VERBS.contains(after2)))) {
            return ActorType.PERSON;
        }
        if (before.equals("in") || before.equals("at") || before.equals("near") || before.equals("from")
                || before.equals("into") || before.equals("across") || before.equals("outside")) {
            return ActorType.LOCATION;
        }
        if (to - from == 1 && before.equals("the")) {
            return ActorType.ORGANIZATION;
        }
        return ActorType.PERSON;
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }
}
