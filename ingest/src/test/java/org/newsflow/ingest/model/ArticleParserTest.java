package org.newsflow.ingest.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.newsflow.ingest.model.Rejection.Reason;
import org.newsflow.ingest.testing.SeedArticle;

class ArticleParserTest {

    private final ArticleParser parser = new ArticleParser(1 << 20, 2000);

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private Article accepted(ParseResult result) {
        assertThat(result).isInstanceOf(ParseResult.Accepted.class);
        return ((ParseResult.Accepted) result).article();
    }

    private Rejection rejected(ParseResult result) {
        assertThat(result).isInstanceOf(ParseResult.Rejected.class);
        return ((ParseResult.Rejected) result).rejection();
    }

    @Test
    void plainTextIsTheBody() {
        Article article = accepted(parser.parse(SeedArticle.bytes()));
        assertThat(article.paragraphs()).hasSize(10).containsExactlyElementsOf(SeedArticle.text().lines().toList());
        assertThat(article.id()).isNull();
        assertThat(article.title()).isNull();
    }

    @Test
    void jsonFormCarriesMetadata() {
        String json = """
                {"id": " a-1 ", "url": "https://example.org/a", "title": "Rubio\\nmeets envoy",
                 "source": "Example", "publishedAt": "2025-04-04T10:15:30+02:00", "language": "en",
                 "body": "First.\\r\\n\\r\\nSecond.", "extra": {"ignored": true}}""";
        Article article = accepted(parser.parse(utf8(json)));
        assertThat(article.id()).isEqualTo("a-1");
        assertThat(article.url()).isEqualTo("https://example.org/a");
        assertThat(article.title()).isEqualTo("Rubio meets envoy");
        assertThat(article.source()).isEqualTo("Example");
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2025-04-04T08:15:30Z").toEpochMilli());
        assertThat(article.paragraphs()).containsExactly("First.", "Second.");
    }

    @Test
    void publishedAtAcceptsDatesAndEpochMillis() {
        assertThat(accepted(parser.parse(utf8("{\"body\":\"x\",\"publishedAt\":\"2025-04-04\"}"))).publishedAt())
                .isEqualTo(Instant.parse("2025-04-04T00:00:00Z").toEpochMilli());
        assertThat(accepted(parser.parse(utf8("{\"body\":\"x\",\"publishedAt\":1743724800000}"))).publishedAt())
                .isEqualTo(1743724800000L);
        assertThat(accepted(parser.parse(utf8("{\"body\":\"x\",\"publishedAt\":\"2025-04-04T10:00:00\"}")))
                .publishedAt()).isEqualTo(Instant.parse("2025-04-04T10:00:00Z").toEpochMilli());
    }

    @Test
    void aByteOrderMarkBeforeJsonIsIgnored() {
        assertThat(accepted(parser.parse(utf8("\uFEFF{\"id\":\"b\",\"body\":\"x\"}"))).id()).isEqualTo("b");
    }

    @Test
    void numericIdsAreAccepted() {
        assertThat(accepted(parser.parse(utf8("{\"id\": 42, \"body\": \"x\"}"))).id()).isEqualTo("42");
    }

    @Test
    void textStartingWithABraceCanBeForcedToText() {
        Article article = accepted(parser.parse(utf8("{not json} but prose"), SubmissionFormat.TEXT));
        assertThat(article.paragraphs()).containsExactly("{not json} but prose");
    }

    @Test
    void invalidJsonIsRefused() {
        Rejection rejection = rejected(parser.parse(utf8("{\"body\": \"unterminated")));
        assertThat(rejection.reason()).isEqualTo(Reason.INVALID_JSON);
        assertThat(rejection.message()).startsWith("The article is not valid JSON");
        assertThat(rejection.cause()).isNotNull();
    }

    @Test
    void trailingGarbageAfterJsonIsRefused() {
        assertThat(rejected(parser.parse(utf8("{\"body\":\"x\"} {}"))).reason()).isEqualTo(Reason.INVALID_JSON);
    }

    @Test
    void duplicateKeysAreRefused() {
        assertThat(rejected(parser.parse(utf8("{\"body\":\"x\",\"body\":\"y\"}"))).reason())
                .isEqualTo(Reason.INVALID_JSON);
    }

    @Test
    void jsonThatIsNotAnObjectIsRefusedWhenJsonIsRequired() {
        assertThat(rejected(parser.parse(utf8("[1,2]"), SubmissionFormat.JSON)).reason())
                .isEqualTo(Reason.INVALID_JSON);
    }

    @Test
    void jsonWithoutBodyIsRefused() {
        Rejection rejection = rejected(parser.parse(utf8("{\"title\": \"no body\"}")));
        assertThat(rejection.reason()).isEqualTo(Reason.MISSING_BODY);
        assertThat(rejection.message()).contains("no \"body\"");
        assertThat(rejected(parser.parse(utf8("{\"body\": null}"))).reason()).isEqualTo(Reason.MISSING_BODY);
    }

    @Test
    void wrongFieldTypesAreRefused() {
        assertThat(rejected(parser.parse(utf8("{\"body\": 5}"))).reason()).isEqualTo(Reason.INVALID_FIELD);
        Rejection title = rejected(parser.parse(utf8("{\"body\": \"x\", \"title\": [\"a\"]}")));
        assertThat(title.reason()).isEqualTo(Reason.INVALID_FIELD);
        assertThat(title.message()).contains("\"title\"");
        Rejection date = rejected(parser.parse(utf8("{\"body\": \"x\", \"publishedAt\": \"yesterday\"}")));
        assertThat(date.reason()).isEqualTo(Reason.INVALID_FIELD);
        assertThat(date.message()).contains("publishedAt");
    }

    @Test
    void emptyBodiesAreRefused() {
        assertThat(rejected(parser.parse(new byte[0])).reason()).isEqualTo(Reason.EMPTY_BODY);
        assertThat(rejected(parser.parse(null)).reason()).isEqualTo(Reason.EMPTY_BODY);
        assertThat(rejected(parser.parse(utf8(" \r\n\u200B\t "))).reason()).isEqualTo(Reason.EMPTY_BODY);
        assertThat(rejected(parser.parse(utf8("{\"body\": \"  \\n \"}"))).reason()).isEqualTo(Reason.EMPTY_BODY);
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() {
        byte[] latin1 = "Caf\u00E9 au lait".getBytes(StandardCharsets.ISO_8859_1);
        Rejection rejection = rejected(parser.parse(latin1));
        assertThat(rejection.reason()).isEqualTo(Reason.NOT_UTF8);
        assertThat(rejection.message()).contains("not valid UTF-8").contains("byte offset 3");
        // A truncated multi-byte sequence at the end, and an overlong encoding.
        assertThat(rejected(parser.parse(new byte[] {'a', (byte) 0xE2, (byte) 0x80})).reason())
                .isEqualTo(Reason.NOT_UTF8);
        assertThat(rejected(parser.parse(new byte[] {(byte) 0xC0, (byte) 0xAF})).reason())
                .isEqualTo(Reason.NOT_UTF8);
    }

    @Test
    void articlesOverTheSizeLimitAreRefused() {
        ArticleParser small = new ArticleParser(100, 2000);
        Rejection rejection = rejected(small.parse(utf8("x".repeat(101))));
        assertThat(rejection.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(rejection.message()).contains("101 bytes").contains("limit of 100 bytes");
        accepted(small.parse(utf8("x".repeat(100))));
    }

    @Test
    void articlesOverTheParagraphLimitAreRefused() {
        ArticleParser strict = new ArticleParser(1 << 20, 3);
        Rejection rejection = rejected(strict.parse(utf8("a\nb\nc\nd")));
        assertThat(rejection.reason()).isEqualTo(Reason.TOO_MANY_PARAGRAPHS);
        assertThat(rejection.message()).contains("4 paragraphs").contains("limit of 3");
        accepted(strict.parse(utf8("a\nb\n\n\nc")));
    }

    @Test
    void aParagraphOverItsLimitIsCutAtAWordAndFlaggedWhenTruncating() {
        ArticleParser cutting = new ArticleParser(1 << 20, 10, 20, org.newsflow.runtime.config.OversizePolicy.TRUNCATE);
        Article article = accepted(cutting.parse(utf8("Short one.\nRussia and Ukraine met in Geneva today.")));
        assertThat(article.paragraphs()).containsExactly("Short one.", "Russia and Ukraine");
        assertThat(article.truncatedParagraphs()).containsExactly(2);
        // Whole characters only: a three-byte character is never split.
        Article accents = accepted(cutting.parse(utf8("€".repeat(10))));
        assertThat(accents.paragraphs().get(0)).isEqualTo("€".repeat(6));
    }

    @Test
    void aParagraphOverItsLimitRefusesTheArticleWhenDeadLettering() {
        ArticleParser strict = new ArticleParser(1 << 20, 10, 20, org.newsflow.runtime.config.OversizePolicy.DEAD_LETTER);
        Rejection rejection = rejected(strict.parse(utf8("Short one.\nRussia and Ukraine met in Geneva today.")));
        assertThat(rejection.reason()).isEqualTo(Reason.PARAGRAPH_TOO_LARGE);
        assertThat(rejection.reason().tooLarge()).isTrue();
        assertThat(rejection.message()).isEqualTo("Paragraph 2 is 39 bytes, over the limit of 20 bytes");
    }

    @Test
    void metadataFieldsOverTheirLimitAreRefused() {
        Rejection rejection = rejected(parser.parse(utf8("{\"title\":\"" + "t".repeat(1_001) + "\",\"body\":\"B.\"}")));
        assertThat(rejection.reason()).isEqualTo(Reason.INVALID_FIELD);
        assertThat(rejection.message()).contains("\"title\" is 1001 characters, over the limit of 1000");
    }

    @Test
    void aHeadlineOnTheFirstLineOfPlainTextIsTheTitle() {
        Article headed = accepted(parser.parse(utf8("Rubio sends Putin's envoy home with a message\n"
                + "The Secretary of State met the envoy on Friday.")));
        assertThat(headed.title()).isEqualTo("Rubio sends Putin's envoy home with a message");
        assertThat(headed.paragraphs()).hasSize(2);

        assertThat(accepted(parser.parse(utf8("The envoy left on Friday.\nHe flew to Moscow."))).title()).isNull();
        assertThat(accepted(parser.parse(utf8("Talks resume"))).title()).isNull();
        assertThat(accepted(parser.parse(utf8("Is peace near?\nDiplomats think so."))).title())
                .isEqualTo("Is peace near?");
    }
}
