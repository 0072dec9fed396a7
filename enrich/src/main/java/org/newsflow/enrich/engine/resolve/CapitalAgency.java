package org.newsflow.enrich.engine.resolve;

import org.newsflow.enrich.engine.nlp.Sentence;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a capital named in a sentence stands for its state's government ("Moscow's objectives", "Beijing
 * warned", "Moscow publicly espouses", "sanctioned by Washington") or is the city itself ("Athens hosted the
 * Games", "Athens was a village", "talks in Moscow"). A capital speaks for its state with a verb of saying or of
 * a government's stance and acts; with any other verb it is the city, which keeps its own identity.
 */
final class CapitalAgency {

    /** Stems of the verbs of a government's stance and statecraft ("warn" for warns, warned, warning). */
    private static final Set<String> STATE_VERBS = Set.of("say", "tell", "warn", "announce", "accuse", "deny",
            "reject", "demand", "insist", "urge", "call", "threaten", "respond", "condemn", "sign", "agree",
            "refuse", "vow", "impose", "sanction", "retaliate", "protest", "pledge", "order", "claim", "espouse",
            "criticize", "criticise", "blame", "welcome", "expel", "summon", "recognize", "recognise", "veto",
            "approve", "oppose", "support", "back", "propose", "offer", "seek", "sought", "press", "negotiate",
            "invade", "attack", "strike", "struck", "launch", "deploy", "annex", "ban", "suspend", "halt", "resume",
            "confirm", "declare", "maintain", "argue", "counter", "reply", "stress", "emphasize", "emphasise",
            "signal", "want", "dismiss", "slam", "hit", "push", "ratify", "withdraw", "withdrew", "recall", "accept",
            "request", "ask", "promise", "decline", "complain", "retort", "object", "intervene", "mediate",
            "broker");

    private static final Set<String> NOMINAL_TAGS = Set.of("NOUN", "PROPN", "ADJ", "NUM");

    private CapitalAgency() {
    }

    /** The capital spanning tokens {@code [first, end)} of the sentence stands for its state. */
    static boolean standsForState(Sentence s, int first, int end) {
        if (end < s.size() && s.token(end).isPossessiveMarker()) {
            return true;
        }
        if (!Agency.acts(s, first, end)) {
            return false;
        }
        int k = end;
        while (k < s.size() && !s.tag(k).equals("VERB")) {
            String tag = s.tag(k);
            if (!tag.equals("ADV") && !tag.equals("AUX") && !tag.equals("PART")) {
                // the agent of a passive ("sanctioned by Washington."): Agency has read the verb before it; a
                // noun after the name makes it a modifier ("praised by the Berlin music critic")
                return k == end && !NOMINAL_TAGS.contains(tag);
            }
            k++;
        }
        return k < s.size() && stateVerb(s.token(k).text().toLowerCase(Locale.ROOT));
    }

    static boolean stateVerb(String word) {
        if (WordLists.SPEECH_VERBS.contains(word) || STATE_VERBS.contains(word)) {
            return true;
        }
        for (String ending : new String[] {"ing", "ed", "es", "s", "d"}) {
            if (word.endsWith(ending) && word.length() > ending.length() + 2) {
                String stem = word.substring(0, word.length() - ending.length());
                if (STATE_VERBS.contains(stem) || (stem.endsWith("i") && STATE_VERBS.contains(stem.substring(0,
                        stem.length() - 1) + "y")) || STATE_VERBS.contains(stem + "e")
                        || (stem.length() > 3 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                        && STATE_VERBS.contains(stem.substring(0, stem.length() - 1)))) {
                    return true;
                }
            }
        }
        return false;
    }
}
