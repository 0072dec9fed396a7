package org.newsflow.enrich.eval;

import org.newsflow.enrich.engine.Enricher;
import org.newsflow.enrich.engine.model.Actor;
import org.newsflow.enrich.engine.model.ArticleContext;
import org.newsflow.enrich.engine.model.Enrichment;
import org.newsflow.enrich.engine.model.Mention;
import org.newsflow.enrich.engine.model.MentionKind;
import org.newsflow.enrich.train.NewsMtsc;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * People in news, a partial check of names on news text: NewsMTSC's development sentences (political news, read
 * for sentiment, never for names) mark the people whose portrayal readers rated. Every such mention written as a
 * name (capitalised words, no pronoun, no "the …" description) should be a person name mention of the engine
 * that ends where it ends (or before its possessive ending) — a title the annotators included ("President Trump")
 * may stay outside the name, and a full name may go on before a surname they marked alone. It
 * measures recall and typing of people only: the data marks neither organisations nor places, nor every person.
 */
public final class NewsPersonsEvaluation {

    private static final String PERSON = "PER";
    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her", "his", "hers", "they", "them",
            "their", "i", "me", "my", "we", "us", "our", "you", "your", "it", "its", "himself", "herself");

    /** Name mentions scored; found as a person; found with another type; not found. */
    public record Scores(int total, int person, int otherType, int missed) {
        public double personShare() {
            return total == 0 ? 0 : (double) person / total;
        }

        public double otherTypeShare() {
            return total == 0 ? 0 : (double) otherType / total;
        }

        public double missedShare() {
            return total == 0 ? 0 : (double) missed / total;
        }
    }

    /** With {@code -Dnewsflow.eval.errors}, people not found or typed otherwise are listed on stderr. */
    private static final PrintStream ERRORS = System.getProperty("newsflow.eval.errors") == null ? null
            : System.err;

    private NewsPersonsEvaluation() {
    }

    /** Each distinct sentence of the file as a one-paragraph article. */
    public static Scores score(Path newsMtsc, Enricher engine) throws IOException {
        return score(newsMtsc, sentence -> names(engine.enrich(sentence, new ArticleContext())));
    }

    /**
     * Scores any name finder the same way (each distinct sentence on its own), so that another system's figure
     * stands beside the engine's.
     */
    public static Scores score(Path newsMtsc, NerEvaluation.NameFinder finder) throws IOException {
        int total = 0;
        int person = 0;
        int other = 0;
        Set<String> seen = new HashSet<>();
        for (NewsMtsc.Item item : NewsMtsc.read(newsMtsc)) {
            if (!seen.add(item.sentence())) {
                continue;
            }
            Set<String> names = null;
            for (NewsMtsc.Target target : item.targets()) {
                for (NewsMtsc.Span span : target.mentions()) {
                    if (!writtenAsName(item.sentence().substring(span.start(), span.end()))) {
                        continue;
                    }
                    if (names == null) {
                        names = finder.names(item.sentence());
                    }
                    total++;
                    String found = typeEndingAt(names, item.sentence(), span);
                    if (PERSON.equals(found)) {
                        person++;
                    } else if (found != null) {
                        other++;
                    }
                    if (ERRORS != null && !PERSON.equals(found)) {
                        ERRORS.printf("%s\t%s\t%s%n", found == null ? "MISSED" : found,
                                item.sentence().substring(span.start(), span.end()), item.sentence());
                    }
                }
            }
        }
        return new Scores(total, person, other, total - person - other);
    }

    /** The engine's name mentions as a name finder reports them: "start:end:TYPE", TYPE PER, ORG or LOC. */
    private static Set<String> names(Enrichment e) {
        Set<String> names = new HashSet<>();
        for (Actor a : e.actors()) {
            for (Mention m : a.mentions()) {
                if (m.kind() == MentionKind.NAME) {
                    names.add(m.start() + ":" + m.end() + ":" + NerEvaluation.headlineType(a.type()));
                }
            }
        }
        return names;
    }

    static boolean writtenAsName(String text) {
        String[] words = text.trim().split("\\s+");
        if (words[0].isEmpty() || PRONOUNS.contains(text.trim().toLowerCase(Locale.ROOT))
                || words[0].equals("The") || words[0].equals("A") || words[0].equals("An")) {
            return false;
        }
        for (String w : words) {
            if (Character.isLetter(w.charAt(0)) && !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The type of the name ending where the target ends, or before its possessive ending: the annotators
     * sometimes marked the surname of a full name ("Ross" in "Wilbur Ross") or the possessive ("DeVos'").
     */
    private static String typeEndingAt(Set<String> names, String sentence, NewsMtsc.Span span) {
        String text = sentence.substring(span.start(), span.end());
        int end = span.end();
        for (String possessive : List.of("'s", "\u2019s", "'", "\u2019")) {
            if (text.endsWith(possessive) && text.length() > possessive.length()) {
                end -= possessive.length();
                break;
            }
        }
        for (String name : names) {
            String[] f = name.split(":");
            int nameEnd = Integer.parseInt(f[1]);
            if ((nameEnd == span.end() || nameEnd == end) && nameEnd > span.start()) {
                return f[2];
            }
        }
        return null;
    }

    public static String table(Scores engine, Scores previous) {
        return String.format(Locale.ROOT, "%nPeople in news, NewsMTSC dev (%d target mentions written as names):%n"
                        + "| engine | person name | other type | not found |%n|---|---|---|---|%n"
                        + "| this engine | %.3f | %.3f | %.3f |%n"
                        + "| previous engine (rules + knowledge base) | %.3f | %.3f | %.3f |%n",
                engine.total(), engine.personShare(), engine.otherTypeShare(), engine.missedShare(),
                previous.personShare(), previous.otherTypeShare(), previous.missedShare());
    }
}
