package org.newsflow.ingest.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleIdentityTest {

    private static Article article(String id, String url, String title, List<String> paragraphs) {
        return new Article(id, url, title, null, null, null, paragraphs);
    }

    @Test
    void idComesFirstThenUrlThenTheBodyHash() {
        List<String> body = List.of("One.", "Two.");
        assertThat(ArticleIdentity.of(article("a-1", "https://x/a", null, body)).articleId()).isEqualTo("a-1");
        assertThat(ArticleIdentity.of(article(null, "https://x/a", null, body)).articleId()).isEqualTo("https://x/a");
        ArticleIdentity hashed = ArticleIdentity.of(article(null, null, null, body));
        assertThat(hashed.articleId()).matches("sha256:[0-9a-f]{64}").isEqualTo(hashed.contentHash());
    }

    @Test
    void sameContentSameRevision() {
        ArticleIdentity a = ArticleIdentity.of(article("a", null, "T", List.of("One.", "Two.")));
        ArticleIdentity b = ArticleIdentity.of(article("a", null, "T", List.of("One.", "Two.")));
        assertThat(a).isEqualTo(b);
        assertThat(a.revision()).matches("[0-9a-f]{16}");
    }

    @Test
    void changedBodyOrMetadataIsANewRevision() {
        String base = ArticleIdentity.of(article("a", null, "T", List.of("One.", "Two."))).revision();
        assertThat(ArticleIdentity.of(article("a", null, "T", List.of("One.", "Two!"))).revision()).isNotEqualTo(base);
        assertThat(ArticleIdentity.of(article("a", null, "T2", List.of("One.", "Two."))).revision())
                .isNotEqualTo(base);
        assertThat(ArticleIdentity.of(article("a", null, null, List.of("One.", "Two."))).revision())
                .isNotEqualTo(base);
        // Paragraph boundaries matter: the same characters split differently are different content.
        assertThat(ArticleIdentity.of(article("a", null, "T", List.of("One.\nTwo."))).revision()).isNotEqualTo(base);
    }

    @Test
    void eventIdsAreDeterministic() {
        ArticleIdentity identity = ArticleIdentity.of(article("a", null, null, List.of("x")));
        assertThat(identity.articleEventId()).isEqualTo("a@" + identity.revision());
        assertThat(identity.paragraphEventId(3)).isEqualTo("a@" + identity.revision() + "#3");
    }

    @Test
    void plainTextAndJsonOfTheSameBodyAreTheSameArticle() {
        ArticleParser parser = new ArticleParser(1 << 20, 2000);
        Article text = ((ParseResult.Accepted) parser.parse("One.\r\n\r\nTwo.".getBytes())).article();
        Article json = ((ParseResult.Accepted) parser.parse("{\"body\":\"One.\\nTwo.\"}".getBytes())).article();
        assertThat(ArticleIdentity.of(text)).isEqualTo(ArticleIdentity.of(json));
    }
}
