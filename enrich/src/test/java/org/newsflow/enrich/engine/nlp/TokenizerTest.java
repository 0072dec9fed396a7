package org.newsflow.enrich.engine.nlp;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TokenizerTest {

    private final Tokenizer tokenizer = new Tokenizer();

    private List<String> words(String text) {
        String normalized = TypographyNormalizer.normalize(text);
        return tokenizer.tokenize(normalized, 0, normalized.length()).stream().map(Token::text).toList();
    }

    @Test
    void normalisingTypographyKeepsEveryOffset() {
        String original = "Russia\u2019s \u201Cpeace\u201D \u2013 Moscow\u2019s";
        String normalized = TypographyNormalizer.normalize(original);
        assertThat(normalized).hasSameSizeAs(original).isEqualTo("Russia's \"peace\"   Moscow's");
    }

    @Test
    void splitsPossessivesWrittenWithTypographicApostrophes() {
        assertThat(words("Russia\u2019s sovereign wealth fund")).containsExactly("Russia", "'s", "sovereign",
                "wealth", "fund");
    }

    @Test
    void keepsNamesWithAnElidedPrefixWhole() {
        assertThat(words("Conan O\u2019Brien met Pierre L'Enfant and d'Alembert's heirs, then said 'Hi'."))
                .containsExactly("Conan", "O'Brien", "met", "Pierre", "L'Enfant", "and", "d'Alembert", "'s", "heirs",
                        ",", "then", "said", "'", "Hi", "'", ".");
    }

    @Test
    void keepsAbbreviationsContractionsAndNumbersWhole() {
        assertThat(words("U.S. officials can't pay 1,000.5 dollars to Gen. Smith.")).containsExactly("U.S.",
                "officials", "can't", "pay", "1,000.5", "dollars", "to", "Gen.", "Smith", ".");
    }

    @Test
    void aMiddleInitialKeepsItsPeriodButASentencesLastLetterDoesNot() {
        assertThat(words("Robert E. Lee chose Plan B.")).containsExactly("Robert", "E.", "Lee", "chose", "Plan", "B",
                ".");
    }

    @Test
    void aStateAbbreviatedAfterACityKeepsItsPeriod() {
        assertThat(words("He left Ashland, Va., for Mass. in Boston, Mass.")).containsExactly("He", "left",
                "Ashland", ",", "Va.", ",", "for", "Mass", ".", "in", "Boston", ",", "Mass.");
        assertThat(Tokenizer.abbreviatedState("Va.")).isEqualTo("Virginia");
        assertThat(Tokenizer.abbreviatedState("Va")).isNull();
    }

    @Test
    void tokenOffsetsPointIntoTheOriginalText() {
        String original = "Sybiha conveyed to Rubio Ukraine\u2019s concerns";
        String normalized = TypographyNormalizer.normalize(original);
        for (Token t : tokenizer.tokenize(normalized, 0, normalized.length())) {
            assertThat(TypographyNormalizer.normalize(original.substring(t.start(), t.end()))).isEqualTo(t.text());
        }
    }
}
