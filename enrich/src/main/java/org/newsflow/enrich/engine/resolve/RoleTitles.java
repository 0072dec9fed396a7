package org.newsflow.enrich.engine.resolve;

import org.newsflow.enrich.engine.kb.BundledKnowledge;
import org.newsflow.enrich.engine.kb.KnowledgeBase;
import org.newsflow.enrich.engine.nlp.Token;
import org.newsflow.enrich.engine.nlp.Tokenizer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Recognises role titles ("U.S. Secretary of State", "Foreign Minister", "Gen.") by longest token match. */
public final class RoleTitles {

    private final Map<String, String> titles = new HashMap<>();
    /** First words of {@link #titles}: most tokens start no title, and are turned away without building a key. */
    private final Set<String> starts = new HashSet<>();
    private int maxTokens = 1;

    RoleTitles(List<String> words) {
        Tokenizer tokenizer = new Tokenizer();
        for (String w : words) {
            List<Token> tokens = tokenizer.tokenize(w, 0, w.length());
            StringBuilder key = new StringBuilder();
            for (Token t : tokens) {
                key.append(key.length() == 0 ? "" : " ").append(t.text().toLowerCase(Locale.ROOT));
            }
            titles.putIfAbsent(key.toString(), w);
            starts.add(key.toString().split(" ", 2)[0]);
            maxTokens = Math.max(maxTokens, tokens.size());
        }
    }

    static RoleTitles bundled() {
        return new RoleTitles(BundledKnowledge.roleTitles());
    }

    /** Number of tokens of the longest title starting at {@code from}, or 0; also asks the knowledge base. */
    int match(List<Token> tokens, int from, KnowledgeBase kb) {
        String first = tokens.get(from).text().toLowerCase(Locale.ROOT);
        if (!starts.contains(first) && !kb.mayStartTitle(first)) {
            return 0;
        }
        StringBuilder key = new StringBuilder();
        int best = 0;
        for (int len = 1; len <= maxTokens + 1 && from + len <= tokens.size(); len++) {
            Token t = tokens.get(from + len - 1);
            key.append(len == 1 ? "" : " ").append(t.text().toLowerCase(Locale.ROOT));
            String k = key.toString();
            if (titles.containsKey(k) || kb.isTitle(k)) {
                best = len;
            }
        }
        return best;
    }

    /** The head noun of a title: "Secretary of State" → "secretary", "Foreign Minister" → "minister". */
    public static String head(String title) {
        String lower = title.toLowerCase(Locale.ROOT).strip();
        int of = lower.indexOf(" of ");
        if (of > 0) {
            lower = lower.substring(0, of);
        }
        int space = lower.lastIndexOf(' ');
        String head = space < 0 ? lower : lower.substring(space + 1);
        return head.endsWith(".") ? head.substring(0, head.length() - 1) : head;
    }
}
