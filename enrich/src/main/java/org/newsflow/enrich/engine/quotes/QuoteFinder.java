package org.newsflow.enrich.engine.quotes;

import org.newsflow.enrich.engine.model.ActorType;
import org.newsflow.enrich.engine.model.Quote;
import org.newsflow.enrich.engine.nlp.Sentence;
import org.newsflow.enrich.engine.nlp.TypographyNormalizer;
import org.newsflow.enrich.engine.resolve.ResolvedMention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds quotations (typographic or straight double quotes) and their speaker: the actor named right after the
 * closing mark with a verb of saying ("...,” the official added"), else the actor that introduces it in the same
 * sentence ("Rubio emphasized, “...”"), people before organisations before countries.
 */
public final class QuoteFinder {

    private static final int AFTER_WINDOW = 60;
    private static final Set<String> SAYING = Set.of("said", "says", "say", "told", "tells", "added", "adds",
            "stated", "states", "announced", "emphasized", "emphasised", "stressed", "noted", "warned", "argued",
            "insisted", "claimed", "asserted", "explained", "declared", "countered", "replied", "wrote",
            "reiterated", "suggested", "acknowledged", "admitted", "continued", "remarked", "cautioned", "urged",
            "asked", "confirmed", "denied", "elaborated", "according");

    public List<Quote> find(String text, List<Sentence> sentences, List<ResolvedMention> mentions) {
        List<Quote> quotes = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!TypographyNormalizer.isOpeningQuote(c) || (c == '"' && !opensHere(text, i))) {
                i++;
                continue;
            }
            int close = closing(text, i);
            if (close < 0) {
                break;
            }
            int start = i + 1;
            int end = close;
            if (end > start && !text.substring(start, end).isBlank()) {
                quotes.add(new Quote(start, end, text.substring(start, end), speaker(text, sentences, mentions,
                        i, close + 1)));
            }
            i = close + 1;
        }
        return quotes;
    }

    /** A straight quote opens when it follows a space or the start of the text. */
    private static boolean opensHere(String text, int i) {
        return i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([{:".indexOf(text.charAt(i - 1)) >= 0;
    }

    private static int closing(String text, int open) {
        char o = text.charAt(open);
        for (int k = open + 1; k < text.length(); k++) {
            char c = text.charAt(k);
            if (o == '"' ? c == '"' : TypographyNormalizer.isClosingQuote(c) && c != '"') {
                return k;
            }
            if (o != '"' && TypographyNormalizer.isOpeningQuote(c) && c != '"') {
                return -1;
            }
        }
        return -1;
    }

    private static String speaker(String text, List<Sentence> sentences, List<ResolvedMention> mentions,
                                  int open, int afterClose) {
        // "...," the official added / "...," said Rubio
        int windowEnd = Math.min(text.length(), afterClose + AFTER_WINDOW);
        int stop = text.indexOf('.', afterClose);
        if (stop >= 0 && stop < windowEnd) {
            windowEnd = stop;
        }
        String after = text.substring(afterClose, windowEnd).toLowerCase(Locale.ROOT);
        char lastInside = text.charAt(afterClose - 2);
        boolean sentenceEndsInside = lastInside == '.' || lastInside == '?' || lastInside == '!';
        if (!sentenceEndsInside && startsWithComma(after) && saysSomething(after)) {
            ResolvedMention best = null;
            for (ResolvedMention m : mentions) {
                if (m.start() >= afterClose && m.end() <= windowEnd && (best == null || rank(m) < rank(best))) {
                    best = m;
                }
            }
            if (best != null) {
                return best.actor().id();
            }
        }
        // Rubio emphasized, "..." — the most prominent actor earlier in the same sentence
        int sentenceStart = 0;
        for (Sentence s : sentences) {
            if (s.start() <= open) {
                sentenceStart = s.start();
            }
        }
        ResolvedMention best = null;
        for (ResolvedMention m : mentions) {
            if (m.start() >= sentenceStart && m.end() <= open && m.actor().type() != ActorType.LOCATION
                    && (best == null || rank(m) <= rank(best))) {
                best = m;
            }
        }
        return best == null ? null : best.actor().id();
    }

    private static boolean startsWithComma(String after) {
        String s = after.stripLeading();
        return s.startsWith(",") || s.startsWith("the ") || s.startsWith("said") || s.startsWith("says")
                || Character.isLetter(s.isEmpty() ? ' ' : s.charAt(0));
    }

    private static boolean saysSomething(String window) {
        for (String word : window.split("[^a-z]+")) {
            if (SAYING.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static int rank(ResolvedMention m) {
        return switch (m.actor().type()) {
            case PERSON -> 0;
            case ORGANIZATION -> 1;
            case COUNTRY -> 2;
            case LOCATION -> 3;
        };
    }
}
