package org.newsflow.enrich.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads NewsMTSC JSON lines (Hamborg &amp; Donnay 2021): a sentence and its targets, each a person mention with
 * character offsets, further mentions and a polarity (2 negative, 4 neutral, 6 positive).
 */
public final class NewsMtsc {

    /** A mention's characters in the sentence, end exclusive. */
    public record Span(int start, int end) {
    }

    /** One target of a sentence: its mentions, its label (0 negative, 1 neutral, 2 positive). */
    public record Target(List<Span> mentions, int label) {

        /** The mentions as {start, end} pairs, the form the sentiment features take. */
        public List<int[]> spans() {
            List<int[]> spans = new ArrayList<>();
            for (Span s : mentions) {
                spans.add(new int[] {s.start(), s.end()});
            }
            return spans;
        }
    }

    public record Item(String sentence, List<Target> targets) {

        /** The mentions of every target of the sentence but {@code target}. */
        public List<int[]> spansOfOthers(Target target) {
            List<int[]> others = new ArrayList<>();
            for (Target other : targets) {
                if (other != target) {
                    others.addAll(other.spans());
                }
            }
            return others;
        }
    }

    private NewsMtsc() {
    }

    public static List<Item> read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Item> items = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = json.readTree(line);
            String sentence = node.get("sentence_normalized").asText();
            List<Target> targets = new ArrayList<>();
            for (JsonNode t : node.get("targets")) {
                List<Span> mentions = new ArrayList<>();
                mentions.add(span(sentence, t));
                for (JsonNode m : t.path("further_mentions")) {
                    mentions.add(span(sentence, m));
                }
                int polarity = (int) Math.round(t.get("polarity").asDouble());
                targets.add(new Target(mentions, (polarity - 2) / 2));
            }
            items.add(new Item(sentence, targets));
        }
        return items;
    }

    /**
     * The offsets count code points; where they disagree with Java's UTF-16 offsets (characters outside the
     * basic plane before the mention) the mention text is looked up nearby instead.
     */
    private static Span span(String sentence, JsonNode m) {
        int from = m.get("from").asInt();
        int to = m.get("to").asInt();
        String mention = m.get("mention").asText();
        if (to <= sentence.length() && sentence.substring(from, to).equals(mention)) {
            return new Span(from, to);
        }
        int at = sentence.indexOf(mention, Math.max(0, from - 4));
        if (at < 0) {
            at = sentence.indexOf(mention);
        }
        return at < 0 ? new Span(Math.min(from, sentence.length()), Math.min(to, sentence.length()))
                : new Span(at, at + mention.length());
    }
}
