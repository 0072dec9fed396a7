package org.newsflow.enrich.streams;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsflow.enrich.engine.model.Actor;
import org.newsflow.enrich.engine.model.ActorType;
import org.newsflow.enrich.engine.model.ArticleContext;
import org.newsflow.enrich.engine.Enricher;
import org.newsflow.enrich.engine.model.Enrichment;
import org.newsflow.enrich.engine.model.Mention;
import org.newsflow.enrich.engine.model.MentionKind;
import org.newsflow.enrich.engine.model.Sentiment;
import org.newsflow.enrich.engine.model.Tone;
import org.newsflow.enrich.engine.kb.ActorEntry;
import org.newsflow.enrich.engine.kb.KnowledgeBase;
import org.newsflow.enrich.engine.kb.Surface;
import org.newsflow.enrich.engine.nlp.Token;
import org.newsflow.enrich.engine.nlp.Tokenizer;
import org.newsflow.enrich.engine.nlp.TypographyNormalizer;

/**
 * A deliberately simple engine for topology tests: longest knowledge-base match, then surnames of people the
 * article context remembers. It makes the tests independent of the real engine's heuristics while exercising the
 * same knowledge base and context the app wires up. A paragraph containing {@link #POISON} makes it throw.
 */
final class GazetteerEnricher implements Enricher {

    static final String POISON = "POISON-PILL";

    private final KnowledgeBase knowledgeBase;
    private final Tokenizer tokenizer = new Tokenizer();

    GazetteerEnricher(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    @Override
    public Enrichment enrich(String paragraphText, ArticleContext context) {
        if (paragraphText.contains(POISON)) {
            throw new IllegalStateException("the test engine was asked to fail");
        }
        context.startParagraph();
        String normalized = TypographyNormalizer.normalize(paragraphText);
        List<Token> tokens = tokenizer.tokenize(normalized, 0, normalized.length());
        Map<String, Actor> found = new LinkedHashMap<>();
        for (int i = 0; i < tokens.size(); ) {
            int matched = 0;
            for (int len = Math.min(knowledgeBase.maxSurfaceTokens(), tokens.size() - i); len > 0; len--) {
                List<Surface> surfaces = knowledgeBase.lookup(tokens, i, i + len);
                if (!surfaces.isEmpty()) {
                    ActorEntry e = surfaces.get(0).entry();
                    add(found, e.id(), e.name(), e.type(), e.country(), e.role(), e.cameo(),
                            mention(paragraphText, tokens.get(i), tokens.get(i + len - 1)));
                    matched = len;
                    break;
                }
            }
            if (matched == 0 && tokens.get(i).isCapitalized()) {
                Optional<ArticleContext.Remembered> r = context.findBySurname(tokens.get(i).text());
                if (r.isPresent()) {
                    ArticleContext.Remembered p = r.get();
                    add(found, p.id(), p.name(), p.type(), p.country(), p.role(), p.cameo(),
                            mention(paragraphText, tokens.get(i), tokens.get(i)));
                }
            }
            i += Math.max(1, matched);
        }
        found.values().forEach(a -> context.remember(a, List.of()));
        int words = (int) tokens.stream().filter(Token::isWord).count();
        return new Enrichment(List.copyOf(found.values()), new Tone(0, 0, 0, 0, words), Sentiment.NEUTRAL,
                List.of());
    }

    private static Mention mention(String text, Token first, Token last) {
        return new Mention(first.start(), last.end(), text.substring(first.start(), last.end()), MentionKind.NAME);
    }

    private static void add(Map<String, Actor> found, String id, String name, ActorType type, String country,
                            String role, String cameo, Mention mention) {
        Actor old = found.get(id);
        List<Mention> mentions = new ArrayList<>(old == null ? List.of() : old.mentions());
        mentions.add(mention);
        found.put(id, new Actor(id, name, type, country, role, cameo, Sentiment.NEUTRAL, mentions));
    }

    @Override
    public String name() {
        return "gazetteer-test";
    }

    @Override
    public String version() {
        return "1";
    }
}
