package org.newsflow.enrich.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.newsflow.enrich.engine.model.Actor;
import org.newsflow.enrich.engine.model.ArticleContext;
import org.newsflow.enrich.engine.Enricher;
import org.newsflow.enrich.engine.model.Enrichment;
import org.newsflow.enrich.engine.model.Mention;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Entity identity on GUM documents outside news ({@code actors-gum-nonnews.jsonl}): for every named mention of
 * a person, organisation or place that the annotators linked to a Wikipedia page, is it found (some actor
 * mention overlaps it), and is the actor covering it canonicalised to that identity (its name equals the page
 * name, compared without case, punctuation, underscores or URL escapes)? Each document is one article; each
 * sentence is fed as its tokens joined by spaces, one paragraph per sentence.
 */
public final class IdentityEvaluation {

    public static final String GUM = "actors-gum-nonnews.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** With {@code -Dnewsflow.eval.errors}, mentions not found or wrongly identified are listed on stderr. */
    private static final PrintStream ERRORS = System.getProperty("newsflow.eval.errors") == null ? null
            : System.err;

    private IdentityEvaluation() {
    }

    /** Mentions scored, found and rightly identified, overall and per type (person, organization, place). */
    public record Scores(Map<String, int[]> byType) {
        public int total() {
            return byType.values().stream().mapToInt(c -> c[0]).sum();
        }

        public double found() {
            return ratio(1, null);
        }

        public double right() {
            return ratio(2, null);
        }

        public double right(String type) {
            return ratio(2, type);
        }

        private double ratio(int k, String type) {
            int n = 0;
            int hit = 0;
            for (Map.Entry<String, int[]> e : byType.entrySet()) {
                if (type == null || type.equals(e.getKey())) {
                    n += e.getValue()[0];
                    hit += e.getValue()[k];
                }
            }
            return n == 0 ? 0 : (double) hit / n;
        }
    }

    public static Scores score(Path file, Enricher engine) throws IOException {
        return score(file, engine, ERRORS);
    }

    /** Like {@link #score(Path, Enricher)}, listing missed and wrongly identified mentions on {@code errors} if not null. */
    public static Scores score(Path file, Enricher engine, PrintStream errors) throws IOException {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (String type : new String[] {"person", "organization", "place"}) {
            counts.put(type, new int[3]);
        }
        String doc = null;
        ArticleContext context = null;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode sentence = JSON.readTree(line);
                if (!sentence.get("doc").asText().equals(doc)) {
                    doc = sentence.get("doc").asText();
                    context = new ArticleContext();
                }
                scoreSentence(sentence, engine, context, counts, errors);
            }
        }
        return new Scores(counts);
    }

    private static void scoreSentence(JsonNode sentence, Enricher engine, ArticleContext context,
                                      Map<String, int[]> counts, PrintStream errors) {
        JsonNode tokens = sentence.get("tokens");
        int[] starts = new int[tokens.size() + 1];
        StringBuilder text = new StringBuilder();
        for (int t = 0; t < tokens.size(); t++) {
            if (t > 0) {
                text.append(' ');
            }
            starts[t] = text.length();
            text.append(tokens.get(t).asText());
        }
        starts[tokens.size()] = text.length() + 1;
        Enrichment e = engine.enrich(text.toString(), context);
        for (JsonNode m : sentence.get("mentions")) {
            int[] c = counts.get(m.path("etype").asText());
            if (c == null || m.get("identity").isNull() || !m.path("propn").asBoolean(false)) {
                continue;
            }
            int start = starts[m.get("start").asInt()];
            int end = starts[m.get("end").asInt()] - 1;
            Actor covering = covering(e, start, end);
            c[0]++;
            String gold = identityName(m.get("identity").asText());
            boolean right = covering != null && normalise(covering.name()).equals(normalise(gold));
            if (covering != null) {
                c[1]++;
                if (right) {
                    c[2]++;
                }
            }
            if (errors != null && !right) {
                errors.println(String.join("\t", covering == null ? "MISSED" : "WRONG", m.path("etype").asText(),
                        m.path("text").asText(), gold, covering == null ? "" : covering.name() + " ["
                                + covering.type() + "] " + mentionTexts(covering),
                        sentence.get("doc").asText(), text.toString()));
            }
        }
    }

    private static String mentionTexts(Actor a) {
        StringBuilder b = new StringBuilder();
        for (Mention m : a.mentions()) {
            b.append(b.length() == 0 ? "" : "|").append(m.text());
        }
        return b.toString();
    }

    /**
     * The actor whose mention overlaps {@code [start, end)} the most; of mentions overlapping it equally, the one
     * that spills least beyond it ("Basel" rather than "University of Basel" for the gold "Basel").
     */
    private static Actor covering(Enrichment e, int start, int end) {
        Actor best = null;
        int bestOverlap = 0;
        int bestLength = Integer.MAX_VALUE;
        for (Actor a : e.actors()) {
            for (Mention m : a.mentions()) {
                int overlap = Math.min(end, m.end()) - Math.max(start, m.start());
                int length = m.end() - m.start();
                if (overlap > bestOverlap || (overlap > 0 && overlap == bestOverlap && length < bestLength)) {
                    best = a;
                    bestOverlap = overlap;
                    bestLength = length;
                }
            }
        }
        return best;
    }

    static String identityName(String page) {
        return URLDecoder.decode(page.replace("+", "%2B"), StandardCharsets.UTF_8).replace('_', ' ');
    }

    /** Case, punctuation and spacing ignored. */
    static String normalise(String name) {
        StringBuilder b = new StringBuilder(name.length());
        boolean gap = false;
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (Character.isLetterOrDigit(ch)) {
                if (gap && b.length() > 0) {
                    b.append(' ');
                }
                b.append(Character.toLowerCase(ch));
                gap = false;
            } else if (ch != '\'' && ch != '\u2019' && ch != '.') {
                gap = true;
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    public static String table(Scores current, Scores previous) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%nIdentity on %s (%d named person/organisation/place mentions):%n",
                GUM, current.total()));
        b.append("| engine | found | right identity | person | organisation | place |\n|---|---|---|---|---|---|\n");
        row(b, "this engine", current);
        if (previous != null) {
            row(b, "previous engine (hand-written knowledge base, no identity linking)", previous);
        }
        return b.toString();
    }

    private static void row(StringBuilder b, String name, Scores s) {
        b.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %.3f |%n", name, s.found(), s.right(),
                s.right("person"), s.right("organization"), s.right("place")));
    }
}
