package org.newsflow.enrich.engine.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads IOB2 files: {@code # text = ...} comment lines, then one token per line, either {@code TOKEN TAG} or
 * the UNER layout {@code INDEX TOKEN TAG ...} (tab-separated), a blank line after each sentence.
 */
public final class IobCorpus {

    /**
     * One sentence: its text (the tokens joined by spaces when the file gives none), tokens and tags, and the
     * document it belongs to (its {@code # sent_id} without the sentence number, "answers-2007...-0003" →
     * "answers-2007..."; null when the file gives no id).
     */
    public record Sentence(String text, List<String> tokens, List<String> tags, String document) {

        public Sentence(String text, List<String> tokens, List<String> tags) {
            this(text, tokens, tags, null);
        }
    }

    private IobCorpus() {
    }

    public static List<Sentence> read(Path file) throws IOException {
        List<Sentence> sentences = new ArrayList<>();
        String text = null;
        String document = null;
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("# ")) {
                if (line.startsWith("# text = ")) {
                    text = line.substring("# text = ".length());
                } else if (line.startsWith("# sent_id = ")) {
                    document = line.substring("# sent_id = ".length()).trim().replaceFirst("-\\d+$", "");
                }
            } else if (line.isBlank()) {
                add(sentences, text, tokens, tags, document);
                text = null;
                document = null;
                tokens = new ArrayList<>();
                tags = new ArrayList<>();
            } else {
                String[] cells = line.split("\t");
                boolean indexed = cells.length >= 3;
                tokens.add(cells[indexed ? 1 : 0]);
                tags.add(cells[indexed ? 2 : 1]);
            }
        }
        add(sentences, text, tokens, tags, document);
        return sentences;
    }

    private static void add(List<Sentence> sentences, String text, List<String> tokens, List<String> tags,
                            String document) {
        if (tokens.isEmpty()) {
            return;
        }
        sentences.add(new Sentence(text != null ? text : String.join(" ", tokens), List.copyOf(tokens),
                List.copyOf(tags), document));
    }
}
