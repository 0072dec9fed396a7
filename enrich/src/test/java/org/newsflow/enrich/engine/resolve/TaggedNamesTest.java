package org.newsflow.enrich.engine.resolve;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsflow.enrich.engine.kb.KnowledgeBase;
import org.newsflow.enrich.engine.ner.NameType;
import org.newsflow.enrich.engine.ner.TaggedName;
import org.newsflow.enrich.engine.nlp.Token;
import org.newsflow.enrich.engine.nlp.Tokenizer;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the resolver keeps of a span the tagger proposes, whatever the tagger's span was. */
class TaggedNamesTest {

    private static KnowledgeBase kb;
    private static NameFilters filters;

    @BeforeAll
    static void load() {
        kb = KnowledgeBase.bundled();
        filters = new NameFilters(word -> false, NameData.bundled());
    }

    /** The tokens of {@code text} covered by the span from {@code first} to {@code last} (token texts, inclusive) kept. */
    private static String kept(String text, String first, String last, NameType type) {
        List<Token> tokens = new Tokenizer().tokenize(text, 0, text.length());
        int i = index(tokens, first);
        int to = index(tokens, last) + 1;
        int end = TaggedNames.ownEnd(kb, filters, tokens, i, new TaggedName(i, to, type, 1.0));
        return text.substring(tokens.get(i).start(), tokens.get(end - 1).end());
    }

    private static int index(List<Token> tokens, String text) {
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).text().equals(text)) {
                return k;
            }
        }
        throw new AssertionError(text + " not in " + tokens);
    }

    @Test
    void aDayOfTheWeekEndsTheName() {
        assertThat(kept("Candidate Maria Lindqvist Monday attacked the record.", "Maria", "Monday", NameType.PER))
                .isEqualTo("Maria Lindqvist");
    }

    @Test
    void aPersonsHomeTownIsNotPartOfTheName() {
        assertThat(kept("said Marten Vollsby of Greyhaven, a nurse.", "Marten", "Greyhaven", NameType.PER))
                .isEqualTo("Marten Vollsby");
        assertThat(kept("said Prince Edmund of Wessex on Friday.", "Prince", "Wessex", NameType.PER))
                .isEqualTo("Prince Edmund of Wessex");
        assertThat(kept("shares of Bank of Holland fell.", "Bank", "Holland", NameType.ORG))
                .isEqualTo("Bank of Holland");
    }

    @Test
    void aPartyMemberAfterAKnownPlaceOrACityLeavesThePlace() {
        assertThat(kept("The Ohio Democrat agreed.", "Ohio", "Democrat", NameType.ORG)).isEqualTo("Ohio");
        assertThat(kept("The Toledo Democrat agreed.", "Toledo", "Democrat", NameType.ORG)).isEqualTo("Toledo");
        assertThat(kept("Zantrix Republican voters agreed.", "Zantrix", "Republican", NameType.ORG))
                .isEqualTo("Zantrix Republican");
    }
}
