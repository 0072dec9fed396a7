package org.newsflow.enrich.engine.ner;

import org.newsflow.enrich.engine.nlp.NlpPipeline;
import org.newsflow.enrich.engine.nlp.Sentence;
import org.newsflow.enrich.engine.nlp.Token;
import org.newsflow.enrich.engine.resolve.WordLists;
import org.newsflow.enrich.train.NewsMtsc;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * News sentences in which people marked some of the names, but not all: NewsMTSC's sentiment targets. Each becomes
 * a partially labelled example of the tagger: the words of a marked name (its possessive ending left out) are one
 * name, and whatever else the sentence holds is left to the model. The data gives no type, so a mark is used only
 * where its type is known without the model: a person or organisation of the knowledge base, or a person by the
 * form of one of the names of the same target ("Hillary Clinton", "Mr. Kasich") or of any target ending in the same
 * surname. Places are left out: the labelled data decides where a country acts as an organisation.
 */
final class PartialNames {

    /**
     * A name of type {@code type} whose words include tokens {@code first} to {@code last}; {@code begins}: it
     * starts at {@code first}, no word of a name standing before it; {@code ends}: it ends at {@code last}, no
     * capitalised word following it (the annotators may have marked a part of a longer name: "Hillary" of "Hillary
     * Clinton", "Trump" of "Trump Jr.").
     */
    record MarkedName(int first, int last, NameType type, boolean begins, boolean ends) {
    }

    /** A sentence, as the engine tokenizes it, and the names marked in it. */
    record PartialSentence(List<Token> tokens, List<MarkedName> names) {
    }

    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her", "his", "hers", "they", "them",
            "their", "i", "me", "my", "we", "us", "our", "you", "your", "it", "its", "this", "that");

    /** A marked name in a sentence: tokens {@code [from, end]} are its words, the last one ending the name. */
    private record Mark(int target, int from, int end) {
    }

    private record Marked(List<Token> tokens, List<Mark> marks) {
    }

    private PartialNames() {
    }

    /**
     * The sentences of a NewsMTSC file with at least one marked name of known type; a text on several lines is read
     * once, with the names of all of them.
     */
    static List<PartialSentence> fromNewsMtsc(Path file, NlpPipeline nlp, Lexicon lexicon) throws IOException {
        Map<String, List<int[]>> spans = new LinkedHashMap<>();
        int targets = 0;
        for (NewsMtsc.Item item : NewsMtsc.read(file)) {
            List<int[]> list = spans.computeIfAbsent(item.sentence(), s -> new ArrayList<>());
            for (NewsMtsc.Target target : item.targets()) {
                for (NewsMtsc.Span span : target.mentions()) {
                    list.add(new int[] {span.start(), span.end(), targets});
                }
                targets++;
            }
        }
        List<Marked> sentences = new ArrayList<>();
        Set<Integer> people = new HashSet<>();
        spans.forEach((text, list) -> {
            for (Sentence sentence : nlp.analyse(text)) {
                List<Token> tokens = sentence.tokens();
                List<Mark> marks = new ArrayList<>();
                for (int[] span : list) {
                    Mark mark = mark(tokens, span, lexicon);
                    if (mark != null) {
                        marks.add(mark);
                        if (personByForm(tokens, mark, lexicon)) {
                            people.add(mark.target());
                        }
                    }
                }
                if (!marks.isEmpty()) {
                    sentences.add(new Marked(tokens, marks));
                }
            }
        });
        Set<String> surnames = new HashSet<>();
        for (Marked m : sentences) {
            for (Mark mark : m.marks()) {
                if (people.contains(mark.target())) {
                    surnames.add(m.tokens().get(mark.end()).text());
                }
            }
        }
        List<PartialSentence> result = new ArrayList<>();
        for (Marked m : sentences) {
            List<MarkedName> names = names(m, people, surnames, lexicon);
            if (!names.isEmpty()) {
                result.add(new PartialSentence(m.tokens(), names));
            }
        }
        return result;
    }

    private static List<MarkedName> names(Marked m, Set<Integer> people, Set<String> surnames, Lexicon lexicon) {
        List<Token> tokens = m.tokens();
        String[] known = lexicon.knownNames(tokens);
        String[] places = lexicon.places(tokens);
        String[] organisations = lexicon.organisations(tokens);
        List<MarkedName> names = new ArrayList<>();
        for (Mark mark : m.marks()) {
            int end = mark.end();
            if (names.stream().anyMatch(n -> n.last() == end)) {
                continue;
            }
            NameType type = null;
            if (known[end] != null) {
                type = known[end].endsWith("PERSON") ? NameType.PER
                        : known[end].endsWith("ORGANIZATION") ? NameType.ORG : null;
            } else if (organisations[end] != null) {
                type = NameType.ORG;
            } else if (places[end] == null && (people.contains(mark.target())
                    || surnames.contains(tokens.get(end).text()))) {
                type = NameType.PER;
            }
            if (type == null) {
                continue;
            }
            int from = end;
            if (type == NameType.PER) {
                while (from > mark.from() && personalName(tokens.get(from - 1), lexicon)) {
                    from--;
                }
            }
            boolean begins = from == 0 || !tokens.get(from - 1).isCapitalized()
                    && !WordLists.NAME_PARTICLES.contains(tokens.get(from - 1).text());
            boolean ends = end + 1 == tokens.size() || !tokens.get(end + 1).isCapitalized();
            names.add(new MarkedName(from, end, type, begins, ends));
        }
        return names;
    }

    /** A person's name by its form: a given name before the last word, or a title of courtesy right before it. */
    private static boolean personByForm(List<Token> tokens, Mark mark, Lexicon lexicon) {
        if (mark.end() == 0) {
            return false;
        }
        Token before = tokens.get(mark.end() - 1);
        return WordLists.HONORIFICS.contains(before.text())
                || mark.end() - 1 >= mark.from() && personalName(before, lexicon)
                && lexicon.givenName(before.text()) > 0;
    }

    /**
     * A word of a person's name before its last word: capitalised, no English word, title or abbreviation ("Jeff"
     * of "Jeff Sessions", not "Attorney General", "Sen." or "MP" before it).
     */
    private static boolean personalName(Token t, Lexicon lexicon) {
        String w = t.text();
        return t.isWord() && t.isCapitalized() && !t.isAllCaps() && Character.isLetter(w.charAt(w.length() - 1))
                && !lexicon.common(w.toLowerCase(Locale.ROOT));
    }

    /**
     * The marked span's words as a name: every word capitalised, no article first, nothing after its last word but
     * a possessive ending; null for any other span.
     */
    private static Mark mark(List<Token> tokens, int[] span, Lexicon lexicon) {
        List<Token> inside = new ArrayList<>();
        for (Token t : tokens) {
            if (t.start() >= span[0] && t.end() <= span[1]) {
                inside.add(t);
            } else if (t.start() < span[1] && t.end() > span[0]) {
                return null; // the span cuts a token
            }
        }
        int last = inside.size() - 1;
        while (last >= 0 && inside.get(last).isPossessiveMarker()) {
            last--;
        }
        if (last < 0 || WordLists.ARTICLES.contains(inside.get(0).text())) {
            return null;
        }
        for (int k = 0; k <= last; k++) {
            Token t = inside.get(k);
            if (t.isWord() && !t.isCapitalized()) {
                return null;
            }
        }
        Token word = inside.get(last);
        String lower = word.text().toLowerCase(Locale.ROOT);
        if (!word.isWord() || WordLists.NEVER_NAMES.contains(word.text())
                || last == 0 && (PRONOUNS.contains(lower) || word.index() == 0 && lexicon.common(lower))) {
            return null;
        }
        return new Mark(span[2], inside.get(0).index(), word.index());
    }
}
