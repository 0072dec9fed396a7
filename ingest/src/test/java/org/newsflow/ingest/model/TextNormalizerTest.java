package org.newsflow.ingest.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void lineBreaksBecomeLf() {
        assertThat(TextNormalizer.normalize("a\r\nb\rc\nd\u2028e")).isEqualTo("a\nb\nc\nd\ne");
    }

    @Test
    void zeroWidthAndControlCharactersAreRemoved() {
        assertThat(TextNormalizer.normalize("\uFEFFzero\u200Bwidth\u200C\u200D\u2060 ctrl\u0000\u0007\u001B\u007F!"))
                .isEqualTo("zerowidth ctrl!");
    }

    @Test
    void tabsBecomeSpaces() {
        assertThat(TextNormalizer.normalize("a\tb")).isEqualTo("a b");
    }

    @Test
    void composesToNfcEvenAcrossRemovedCharacters() {
        assertThat(TextNormalizer.normalize("Cafe\u0301")).isEqualTo("Caf\u00E9");
        assertThat(TextNormalizer.normalize("Cafe\u200B\u0301")).isEqualTo("Caf\u00E9");
    }

    @Test
    void trimsTheText() {
        assertThat(TextNormalizer.normalize(" \n\t text \r\n ")).isEqualTo("text");
    }

    @Test
    void isIdempotent() {
        String messy = "\uFEFF  Caf\u0065\u0301\r\n\r\n\u200Bsecond\tline\u0000 \r";
        String once = TextNormalizer.normalize(messy);
        assertThat(TextNormalizer.normalize(once)).isEqualTo(once);
    }

    @Test
    void keepsTypographyAndNonLatinScripts() {
        String text = "“Quotes” – dashes… Ελληνικά 中文 עברית 😀";
        assertThat(TextNormalizer.normalize(text)).isEqualTo(text);
    }
}
